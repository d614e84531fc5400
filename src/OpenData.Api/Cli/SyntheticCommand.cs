using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenData.Api.Data;
using OpenData.Synthetic;

namespace OpenData.Api.Cli;

/// <summary>
/// `seed synthetic --rows N --out FILE [--seed S]`: a large synthetic database with the published schema, for
/// load tests. It writes only where --out says and is marked synthetic in its dataset metadata.
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
        var outOption = new Option<string>("--out") { Description = "Archivo SQLite a escribir (obligatorio: nunca se escribe en la base publicada por omisión).", Required = true };
        var seedOption = new Option<int>("--seed") { Description = "Semilla del generador: la misma semilla y el mismo --rows dan los mismos datos.", DefaultValueFactory = _ => 1 };

        var command = new Command("synthetic", "Genera una base SQLite sintética grande con el mismo esquema, marcada como sintética, para pruebas de carga.");
        command.Options.Add(rowsOption);
        command.Options.Add(outOption);
        command.Options.Add(seedOption);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var outFile = parsed.GetValue(outOption)!;
            var rows = parsed.GetValue(rowsOption);
            var watch = Stopwatch.StartNew();
            SyntheticBuildResult result;
            try
            {
                result = await SyntheticDatabase.GenerateAsync(
                    outFile, rows, parsed.GetValue(seedOption), DatabaseServiceCollectionExtensions.ConfigureModel, cancellationToken);
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                await error.WriteLineAsync($"seed synthetic: could not write {outFile}: {e.Message}");
                return 1;
            }

            var tables = string.Join(", ", result.TableCounts.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Value} {t.Key}"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"built {outFile}: version {result.Info.Version}, {result.DataRows} rows in {watch.Elapsed.TotalSeconds:F1} s ({tables})"));
            return 0;
        });
        return command;
    }
}
