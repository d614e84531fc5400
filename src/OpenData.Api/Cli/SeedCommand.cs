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
        var providerOption = new Option<string?>("--provider")
        {
            Description = "Dónde construir: Sqlite (archivo, por omisión) o Postgres (esquema opendata de la base de --connection). Por omisión, Database:Provider.",
        };
        var connectionOption = new Option<string?>("--connection")
        {
            Description = "Cadena de conexión de PostgreSQL (por omisión, Database:ConnectionString); el rol debe poder crear esquemas.",
        };

        var validate = new Command("validate", "Valida seed/: sintaxis, campos, tipos, ids, referencias, fechas, montos y fuentes. Sale con 0 si no hay problemas, 1 si los hay (todos listados), 2 si el uso es incorrecto.");
        validate.Options.Add(seedOption);
        validate.SetAction(parsed =>
        {
            var seed = SeedDirectory(parsed.GetValue(seedOption));
            return SeedCommands.Validate(seed, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
        });

        var build = new Command("build", "Valida y construye la base (SQLite o PostgreSQL) de forma determinista; si falla, la base anterior queda intacta.");
        build.Options.Add(seedOption);
        build.Options.Add(outOption);
        build.Options.Add(providerOption);
        build.Options.Add(connectionOption);
        build.SetAction((parsed, cancellationToken) =>
        {
            var seed = SeedDirectory(parsed.GetValue(seedOption));
            var database = CliConfiguration.Database();
            database.Provider = parsed.GetValue(providerOption) ?? database.Provider;
            database.ConnectionString = parsed.GetValue(connectionOption) ?? database.ConnectionString;
            if (!IsKnownProvider(database.Provider) || (database.IsPostgres && string.IsNullOrWhiteSpace(database.ConnectionString)))
            {
                parsed.InvocationConfiguration.Error.WriteLine(
                    $"seed build: --provider must be {DatabaseOptions.Sqlite} or {DatabaseOptions.Postgres}, and {DatabaseOptions.Postgres} needs --connection or Database:ConnectionString");
                return Task.FromResult(SeedCommands.BadUsage);
            }

            if (database.IsPostgres)
            {
                return SeedCommands.BuildPostgresAsync(seed, database.ResolvedConnectionString, database.Describe(), DatabaseServiceCollectionExtensions.ConfigureModel,
                    parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
            }

            var output = parsed.GetValue(outOption) ?? database.ResolvedPath;
            return SeedCommands.BuildAsync(seed, output, DatabaseServiceCollectionExtensions.ConfigureModel,
                parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken);
        });

        var seedCommand = new Command("seed", "Los datos abiertos en seed/: validar y construir la base; registrar una versión publicada; generar una base sintética para pruebas de carga.");
        seedCommand.Subcommands.Add(validate);
        seedCommand.Subcommands.Add(build);
        seedCommand.Subcommands.Add(ReleaseCommand.Create(seedOption));
        seedCommand.Subcommands.Add(SyntheticCommand.Create());
        return seedCommand;
    }

    private static bool IsKnownProvider(string provider) =>
        string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase)
        || string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);

    internal static string SeedDirectory(string? given) =>
        given ?? CliConfiguration.Relative(CliConfiguration.Database().ResolvedSeedDirectory);
}
