namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// The garbage collector's gen0 budget is fixed by the API's runtime configuration (OpenData.Api.csproj:
/// <c>System.GC.Gen0MaxBudget</c>, 4 MiB) rather than derived from the CPU's cache, and an operator can override it with
/// the runtime's environment variable; the executable, started as a process, says which budget it runs with.
/// </summary>
public sealed class MemorySettingsTests : IDisposable
{
    private readonly DatabaseDamage _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task The_server_runs_with_the_gen0_budget_of_its_runtime_configuration_and_says_so()
    {
        var line = await MemoryLineAsync(environment: null);

        Assert.Equal("Memoria: GC de estación de trabajo, concurrente; presupuesto de gen0: 4 MiB como máximo", line);
    }

    [Fact]
    public async Task The_runtime_environment_variable_overrides_the_configured_gen0_budget()
    {
        var line = await MemoryLineAsync(environment: "DOTNET_GCGen0MaxBudget=0x200000");

        Assert.EndsWith("presupuesto de gen0: 2 MiB como máximo", line, StringComparison.Ordinal);
    }

    private async Task<string> MemoryLineAsync(string? environment)
    {
        var path = await _files.CopyAsync();
        string[] args = ["--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false"];
        using var api = environment is null ? ApiProcess.Start(args) : ApiProcess.StartIn($"export {environment};", args);
        var until = DateTime.UtcNow.AddMinutes(3);
        while (!api.Output.Contains("Memoria:", StringComparison.Ordinal) && !api.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        Assert.False(api.HasExited, $"stderr: {api.Error}; stdout: {api.Output}");
        api.Kill();
        var lines = api.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines, l => l.Contains("Memoria:", StringComparison.Ordinal));
        return line[line.IndexOf("Memoria:", StringComparison.Ordinal)..];
    }
}
