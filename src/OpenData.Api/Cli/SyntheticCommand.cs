using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenData.Api.Data;
using OpenData.Domain.Build;
using OpenData.Synthetic;

namespace OpenData.Api.Cli;

/// <summary>
/// `seed synthetic --rows N (--out FILE | --provider Postgres --connection CS) [--seed S]`: a large synthetic database
/// with the published schema, for load tests. It writes only where --out (SQLite) or --connection (PostgreSQL, schema
/// opendata, built beside it and swapped in as `seed build` does) says, never into the configured database, and is
/// marked synthetic in its dataset metadata. Progress goes to standard error, the result to standard output.
/// </summary>
internal static class SyntheticCommand
{
    public static Command Create()
    {
        var rowsOption = new Option<int>("--rows")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"Filas en total, tablas de unión incluidas (mínimo {SyntheticPlan.MinimumRows})."),
            Required = true,
        };
        rowsOption.Validators.Add(result =>
        {
            // An unreadable number is already reported by the parser; only a readable one is checked here.
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var rows) && rows < SyntheticPlan.MinimumRows)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--rows debe ser al menos {SyntheticPlan.MinimumRows}."));
            }
        });
        var outOption = new Option<string?>("--out") { Description = "Archivo SQLite a escribir (obligatorio con SQLite: nunca se escribe en la base publicada por omisión)." };
        var seedOption = new Option<int>("--seed") { Description = "Semilla del generador: la misma semilla y el mismo --rows dan los mismos datos.", DefaultValueFactory = _ => 1 };
        var providerOption = new Option<string>("--provider")
        {
            Description = "Dónde escribir: Sqlite (archivo de --out, por omisión) o Postgres (esquema opendata de la base de --connection).",
            DefaultValueFactory = _ => DatabaseOptions.Sqlite,
        };
        var connectionOption = new Option<string?>("--connection")
        {
            Description = "Cadena de conexión de PostgreSQL (obligatoria con Postgres; nunca se toma de Database:ConnectionString); el rol debe poder crear esquemas.",
        };

        var command = new Command("synthetic", "Genera una base sintética grande (SQLite o PostgreSQL) con el mismo esquema, marcada como sintética, para pruebas de carga.");
        command.Options.Add(rowsOption);
        command.Options.Add(outOption);
        command.Options.Add(seedOption);
        command.Options.Add(providerOption);
        command.Options.Add(connectionOption);
        command.Validators.Add(result =>
        {
            var provider = result.GetValue(providerOption) ?? DatabaseOptions.Sqlite;
            if (string.Equals(provider, DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase))
            {
                if (string.IsNullOrWhiteSpace(result.GetValue(connectionOption)))
                {
                    result.AddError("--provider Postgres necesita --connection (la base sintética nunca se escribe en la base configurada).");
                }
            }
            else if (!string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            {
                result.AddError($"--provider debe ser {DatabaseOptions.Sqlite} o {DatabaseOptions.Postgres}.");
            }
            else if (string.IsNullOrWhiteSpace(result.GetValue(outOption)))
            {
                result.AddError("Falta --out: el archivo SQLite a escribir (nunca se escribe en la base publicada por omisión).");
            }
        });
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var rows = parsed.GetValue(rowsOption);
            var seed = parsed.GetValue(seedOption);
            var postgres = string.Equals(parsed.GetValue(providerOption), DatabaseOptions.Postgres, StringComparison.OrdinalIgnoreCase);
            var target = postgres ? PostgresDataset.Describe(parsed.GetValue(connectionOption)!) : parsed.GetValue(outOption)!;
            var progress = new Progress(error);
            var watch = Stopwatch.StartNew();
            SyntheticBuildResult result;
            try
            {
                result = postgres
                    ? await SyntheticDatabase.GeneratePostgresAsync(
                        parsed.GetValue(connectionOption)!, rows, seed, DatabaseServiceCollectionExtensions.ConfigureModel, progress, cancellationToken)
                    : await SyntheticDatabase.GenerateAsync(
                        target, rows, seed, DatabaseServiceCollectionExtensions.ConfigureModel, progress, cancellationToken);
            }
            catch (Exception e) when (e is SqliteException or NpgsqlException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                await error.WriteLineAsync($"seed synthetic: could not write {target}: {e.Message}");
                return 1;
            }

            var tables = string.Join(", ", result.TableCounts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value} {t.Key}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"built {target}: version {result.Info.Version}, {result.DataRows} rows in {watch.Elapsed.TotalSeconds:F1} s ({tables})"));
            return 0;
        });
        return command;
    }

    /// <summary>Progress lines written as they come (not through a synchronization context, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Progress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine("seed synthetic: " + value);
    }
}
