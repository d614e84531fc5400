using System.Diagnostics;

namespace OpenData.Testing.Clients;

/// <summary>
/// Runs the scripts of tests/clients with Node: the tools a client of the API uses (graphql-js, GraphQL Code
/// Generator, jsonld), pinned in tests/clients/package.json and installed by .ci/setup-clients.sh.
/// </summary>
public static class ClientTools
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "tests", "clients");

    /// <summary>Why the tools cannot run here, or null when tests/clients/node_modules is installed.</summary>
    public static string? AbsentReason() =>
        new[] { "graphql", "jsonld", Path.Combine("@graphql-codegen", "cli") }
            .All(package => Directory.Exists(Path.Combine(Folder, "node_modules", package)))
            ? null
            : "tests/clients/node_modules is missing: run `npm ci` in tests/clients (.ci/setup-clients.sh does)";

    /// <summary>Runs <c>node script args…</c> in tests/clients (or <c>npx</c> when <paramref name="script"/> is a bin name with <paramref name="npx"/>).</summary>
    public static async Task<ToolRun> RunAsync(string script, IEnumerable<string> arguments, bool npx = false)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(npx ? "npx" : "node")
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (npx)
        {
            start.ArgumentList.Add("--no-install");
        }

        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolRun(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenData.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenData.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A tool's exit code and output.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Errors)
{
    public string Report => $"exit {ExitCode}\n{Output}\n{Errors}";
}
