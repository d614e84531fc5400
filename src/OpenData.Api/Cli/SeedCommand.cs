using System.CommandLine;
using OpenData.Api.Data;
using OpenData.Domain.Commands;

namespace OpenData.Api.Cli;

/// <summary>`seed validate` and `seed build`: check the seed files and build the database from them.</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var seedOption = new Option<string?>("--seed") { Description = "Carpeta de los archivos YAML (por omisión, seed/ del repositorio)." };
        var outOption = new Option<string?>("--out") { Description = "Archivo SQLite a escribir (por omisión, Database:Path: data/opendata.sqlite)." };

        var validate = new Command("validate", "Valida seed/: sintaxis, campos, tipos, ids, referencias, fechas, montos y fuentes. Sale con 0 si no hay problemas, 1 si los hay (todos listados), 2 si el uso es incorrecto.");
        validate.Options.Add(seedOption);
        validate.SetAction(parsed =>
        {
            var seed = SeedDirectory(parsed.GetValue(seedOption));
            return SeedCommands.Validate(seed, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
        });

        var build = new Command("build", "Valida y construye la base SQLite de forma determinista; si falla, la base anterior queda intacta.");
        build.Options.Add(seedOption);
        build.Options.Add(outOption);
        build.SetAction((parsed, cancellationToken) =>
        {
            var seed = SeedDirectory(parsed.GetValue(seedOption));
            var output = parsed.GetValue(outOption) ?? CliConfiguration.Database().ResolvedPath;
            return SeedCommands.BuildAsync(seed, output, DatabaseServiceCollectionExtensions.ConfigureModel,
                parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });

        var seedCommand = new Command("seed", "Los datos abiertos en seed/: validar y construir la base; generar una base sintética para pruebas de carga.");
        seedCommand.Subcommands.Add(validate);
        seedCommand.Subcommands.Add(build);
        seedCommand.Subcommands.Add(SyntheticCommand.Create());
        return seedCommand;
    }

    private static string SeedDirectory(string? given) =>
        given ?? CliConfiguration.Relative(CliConfiguration.Database().ResolvedSeedDirectory);
}
