using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Exports;

/// <summary>`export --out DIR`: the same bytes as the HTTP downloads, an offline catalogue, progress lines, and nothing half-written on failure.</summary>
public sealed class ExportCommandTests(ApiFactory factory) : IClassFixture<ApiFactory>, IDisposable
{
    private readonly TempDirectory _out = TempDirectory.Create("export");

    [Fact]
    public async Task Writes_every_download_with_the_bytes_served_over_http()
    {
        using var client = factory.CreateClient();

        var run = await CommandLineRun.RunAsync("export", "--out", _out.Path, "--database", await TestDataset.PathAsync());

        Assert.True(run.ExitCode == 0, run.Error);
        using var catalog = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(_out.Path, "catalog.json")));
        var distributions = catalog.RootElement.GetProperty("distribution").EnumerateArray().ToList();
        Assert.Equal((Downloadable.AllNames.Count * 3) + 1, distributions.Count);
        using var served = JsonDocument.Parse(await client.GetByteArrayAsync(new Uri("/catalog.json", UriKind.Relative)));
        var servedDistributions = served.RootElement.GetProperty("distribution").EnumerateArray().ToList();
        for (var i = 0; i < distributions.Count; i++)
        {
            var path = distributions[i].GetProperty("downloadURL").GetString()!;
            Assert.StartsWith("export/", path, StringComparison.Ordinal);
            var written = await File.ReadAllBytesAsync(Path.Combine(_out.Path, path));
            Assert.Equal(await client.GetByteArrayAsync(new Uri("/" + path, UriKind.Relative)), written);
            Assert.Equal(written.LongLength, distributions[i].GetProperty("byteSize").GetInt64());
            Assert.Equal(servedDistributions[i].GetProperty("sha256").GetString(), distributions[i].GetProperty("sha256").GetString());
            Assert.Contains($"{path}: ", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("export/sources.csv: 77 filas, ", run.Output, StringComparison.Ordinal);
        Assert.Equal(["catalog.json", "export"], new DirectoryInfo(_out.Path).EnumerateFileSystemInfos().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Failure_leaves_the_folder_as_it_was_and_exits_1()
    {
        var broken = Path.Combine(_out.Path, "broken.sqlite");
        File.Copy(await TestDataset.PathAsync(), broken);
        using (var connection = new SqliteConnection($"Data Source={broken};Pooling=false"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE ClaimSources; DROP TABLE Claims;";
            drop.ExecuteNonQuery();
        }

        var target = Directory.CreateDirectory(Path.Combine(_out.Path, "site"));
        await File.WriteAllTextAsync(Path.Combine(target.FullName, "catalog.json"), "previous");

        var run = await CommandLineRun.RunAsync("export", "--out", target.FullName, "--database", broken);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("quedó como estaba", run.Error, StringComparison.Ordinal);
        Assert.Contains("export/sources.csv: ", run.Output, StringComparison.Ordinal);
        Assert.Equal(["catalog.json"], target.EnumerateFileSystemInfos().Select(e => e.Name));
        Assert.Equal("previous", await File.ReadAllTextAsync(Path.Combine(target.FullName, "catalog.json")));
    }

    [Fact]
    public async Task Missing_out_is_bad_usage()
    {
        var run = await CommandLineRun.RunAsync("export");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_that_is_a_file_is_bad_usage()
    {
        var file = Path.Combine(_out.Path, "a-file");
        await File.WriteAllTextAsync(file, "x");

        var run = await CommandLineRun.RunAsync("export", "--out", file, "--database", await TestDataset.PathAsync());

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("x", await File.ReadAllTextAsync(file));
    }

    public void Dispose() => _out.Dispose();
}
