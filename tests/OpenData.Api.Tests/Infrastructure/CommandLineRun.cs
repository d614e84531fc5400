using OpenData.Api.Cli;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Runs the executable's command line in-process, as `dotnet run --project src/OpenData.Api -- args` would.</summary>
public sealed record CommandLineRun(int ExitCode, string Output, string Error)
{
    public static async Task<CommandLineRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AppCommandLine.RunAsync(args, output, error);
        return new CommandLineRun(code, output.ToString(), error.ToString());
    }
}
