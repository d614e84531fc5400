namespace OpenData.Api.Data;

/// <summary>
/// The start-up diagnosis of the configured store (<see cref="StartupIntegrity.Diagnose"/>, with SQLite's integrity check
/// as <see cref="DatabaseOptions.IntegrityCheckOnStart"/> asks), begun on another thread as soon as the serving host has
/// read its configuration, so that the check (seconds over a file of hundreds of MB) overlaps the host's build instead
/// of following it. <see cref="DatasetStartup"/> still waits for it before the server accepts requests: a store that
/// fails it is refused exactly as before.
/// </summary>
internal sealed class StartupDiagnosis(Task<StartupVerdict> diagnosis)
{
    public Task<StartupVerdict> Result => diagnosis;

    /// <summary>Starts the diagnosis of <paramref name="options"/>' store now.</summary>
    public static StartupDiagnosis Begin(DatabaseOptions options) =>
        new(Task.Run(() => StartupIntegrity.Diagnose(options)));
}
