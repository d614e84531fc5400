using System.CommandLine;
using System.Globalization;
using OpenData.Domain.Commands;
using OpenData.Domain.Releases;

namespace OpenData.Api.Cli;

/// <summary>`seed release`: records the seed's current state as the next published version (seed/releases/).</summary>
internal static class ReleaseCommand
{
    public static Command Create(Option<string?> seedOption)
    {
        var noteOption = new Option<string>("--note") { Description = "Una línea que dice qué trae la versión (obligatoria).", Required = true };
        var dateOption = new Option<string?>("--date") { Description = "Fecha de publicación AAAA-MM-DD (por omisión, hoy en UTC)." };
        var versionOption = new Option<string?>("--version") { Description = "Etiqueta de la versión (por omisión, la siguiente: 1, 2, 3...)." };
        var release = new Command("release", "Registra el estado actual de seed/ como la siguiente versión publicada: escribe seed/releases/<versión>.ndjson con los valores que cambiaron y la añade a seed/releases/releases.yaml.");
        release.Options.Add(seedOption);
        release.Options.Add(noteOption);
        release.Options.Add(dateOption);
        release.Options.Add(versionOption);
        release.SetAction(parsed =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var seed = SeedCommand.SeedDirectory(parsed.GetValue(seedOption));
            if (!Directory.Exists(seed))
            {
                error.WriteLine($"seed: the seed directory '{seed}' does not exist");
                return SeedCommands.BadUsage;
            }

            var dateText = parsed.GetValue(dateOption);
            var date = DateOnly.FromDateTime(DateTime.UtcNow);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                error.WriteLine($"seed release: --date '{dateText}' is not a date YYYY-MM-DD");
                return SeedCommands.BadUsage;
            }

            var result = ReleaseRecorder.Record(seed, parsed.GetValue(noteOption) ?? "", date, parsed.GetValue(versionOption));
            if (result.Release is not { } recorded)
            {
                foreach (var problem in result.Problems)
                {
                    error.WriteLine(problem);
                }

                return SeedCommands.Problems;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"release {recorded.Id} ({recorded.PublishedOn:yyyy-MM-dd}) recorded: {recorded.AddedCount} added, {recorded.ChangedCount} changed, {recorded.RemovedCount} removed"));
            return SeedCommands.Ok;
        });
        return release;
    }
}
