using System.CommandLine;

namespace OpenData.Api.Cli;

/// <summary>Every command of the executable besides `serve`; each feature adds its own here.</summary>
internal static class CommandRegistry
{
    public static IEnumerable<Command> All()
    {
        yield return SeedCommand.Create();
        yield return SchemaCommand.Create();
        yield return ExportCommand.Create();
    }
}
