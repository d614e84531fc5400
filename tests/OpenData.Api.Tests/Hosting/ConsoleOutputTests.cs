using System.Diagnostics;
using System.Text.Json;
using OpenData.Api.Hosting;
using OpenData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Hosting;

/// <summary>What the console shows when the API starts: the real executable, started as a process.</summary>
public sealed class ConsoleOutputTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_terminal_gets_readable_lines_and_where_to_open_the_explorer()
    {
        var lines = await StartAndReadUntilExplorerLineAsync(json: false);

        var explorer = Assert.Single(lines, line => line.Contains("Explorador:", StringComparison.Ordinal));
        Assert.Matches(@"Explorador: http://127\.0\.0\.1:\d+/$", explorer);
        Assert.Contains(lines, line => line.Contains("Press Ctrl+C to shut down", StringComparison.Ordinal));
        Assert.All(lines, line =>
        {
            Assert.False(line.TrimStart().StartsWith('{'), "a JSON line: " + line);
            Assert.DoesNotContain("\\u00", line, StringComparison.Ordinal);
        });
        // One line per message, each with its time and level.
        Assert.All(lines, line => Assert.Matches(@"^\d{2}:\d{2}:\d{2} (info|warn|fail|crit|dbug|trce): ", line));
    }

    [Fact]
    public async Task Production_setting_gets_one_json_object_per_line_without_escapes()
    {
        var lines = await StartAndReadUntilExplorerLineAsync(json: true);

        var messages = lines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.GetProperty("Message").GetString()!;
        }).ToList();
        Assert.Contains(messages, message => message.StartsWith("Explorador: http://127.0.0.1:", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Ctrl+C", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("\\u002B", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData("http://[::]:5080", "http://localhost:5080/")]
    [InlineData("http://+:5080/", "http://localhost:5080/")]
    [InlineData("https://datos.example.org:443", "https://datos.example.org:443/")]
    public void A_wildcard_host_is_shown_as_localhost(string address, string shown) =>
        Assert.Equal(shown, ExplorerAddressLine.Browsable(address));

    private async Task<List<string>> StartAndReadUntilExplorerLineAsync(bool json)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpenData.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["Database__Path"] = await TestDataset.PathAsync();
        start.Environment["Database__BuildOnStart"] = "false";
        // A process the test stops cannot always remove its diagnostic pipes from the temp folder: it opens none.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("Logging__Console__FormatterName");
        if (json)
        {
            start.Environment["Logging__Console__FormatterName"] = "json";
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var lines = new List<string>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("Explorador:", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            output.WriteLine(string.Join('\n', lines));
            output.WriteLine(await process.StandardError.ReadToEndAsync());
        }

        return lines;
    }
}
