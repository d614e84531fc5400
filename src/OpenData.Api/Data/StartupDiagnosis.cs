namespace OpenData.Api.Data;

/// <summary>
/// The start-up diagnosis of the configured store (<see cref="DatasetProbe.Diagnose"/>, with SQLite's integrity check
/// when <see cref="DatabaseOptions.IntegrityCheckOnStart"/>), begun on another thread as soon as the serving host has
/// read its configuration, so that the check (seconds over a file of hundreds of MB) overlaps the host's build instead
/// of following it. <see cref="DatasetStartup"/> still waits for it before the server accepts requests: a store that
/// fails it is refused exactly as before.
/// </summary>
internal sealed class StartupDiagnosis(Task<DatasetDiagnosis> diagnosis)
{
    public Task<DatasetDiagnosis> Result => diagnosis;

    /// <summary>Starts the diagnosis of <paramref name="options"/>' store now.</summary>
    public static StartupDiagnosis Begin(DatabaseOptions options) =>
        new(Task.Run(() => DatasetProbe.Diagnose(options, options.IntegrityCheckOnStart)));
}
