using System.CommandLine;
using OpenData.Api.Catalog;

namespace OpenData.Api.Cli;

/// <summary>`export --out DIR`: the bulk downloads and catalog.json written to a folder for offline publishing.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var outOption = new Option<string>("--out") { Description = "Carpeta donde escribir catalog.json y export/ (se crea si no existe).", Required = true };
        var databaseOption = new Option<string?>("--database")
        {
            Description = "Base SQLite a exportar tal cual (por omisión, Database:Path, que se construye desde seed/ si falta o está desactualizada).",
        };
        var command = new Command("export",
            "Escribe en una carpeta cada colección en CSV, JSON y NDJSON, la base SQLite y catalog.json (DCAT), con una línea de progreso por archivo. "
            + "Sale con 0 si todo se escribió, 1 si falló (la carpeta queda como estaba), 2 si el uso es incorrecto.");
        command.Options.Add(outOption);
        command.Options.Add(databaseOption);
        command.SetAction((parsed, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parsed.GetValue(databaseOption) is { } database)
            {
                settings["Database:Path"] = Path.GetFullPath(database);
                settings["Database:BuildOnStart"] = "false";
            }

            var configuration = new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .AddInMemoryCollection(settings)
                .Build();
            return OfflineExport.RunAsync(configuration, parsed.GetValue(outOption)!, parsed.InvocationConfiguration.Output,
                parsed.InvocationConfiguration.Error, cancellationToken);
        });
        return command;
    }
}
