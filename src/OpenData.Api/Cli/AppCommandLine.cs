using System.CommandLine;

namespace OpenData.Api.Cli;

/// <summary>
/// The executable's commands. `serve` (the default) runs the web API; the others run and exit with a
/// code: 0 success, 1 the work found a problem, 2 bad usage.
/// </summary>
public static class AppCommandLine
{
    private static readonly string[] Commands = ["seed", "schema", "export"];

    /// <summary>True when the arguments name a command other than serving.</summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (Commands.Contains(args[0], StringComparer.Ordinal) || args[0] is "--help" or "-h" or "-?");

    /// <summary>The arguments the web host gets: everything after an optional leading `serve`.</summary>
    public static string[] ServeArguments(string[] args) =>
        args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("OpenData: API pública de datos abiertos del Instituto Estatal de las Mujeres de Durango.");
        root.Subcommands.Add(new Command("serve", "Sirve la API GraphQL (acción por omisión). Acepta --urls."));
        foreach (var command in CommandRegistry.All())
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await error.WriteLineAsync(parseError.Message);
            }

            return 2;
        }

        return await parsed.InvokeAsync(configuration);
    }
}
