using OpenData.Api.Errors;
using OpenData.Domain.Build;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Api.Data;

/// <summary>
/// Before the server accepts requests: builds the database when it is missing, its version differs from the
/// seed's, or it was written with another layout (an older build of the code), and says so in the log with the
/// counts. Serving itself never writes. First <see cref="DatasetProbe"/> tells what is wrong with the store, if
/// anything: without <see cref="DatabaseOptions.BuildOnStart"/> the server refuses to start with that cause
/// (<see cref="StartupFailureException"/>); with it, a file that cannot be served is replaced by a build, and a warning says why.
/// </summary>
internal sealed partial class DatasetStartup(
    DatabaseOptions options, DatasetIntegrity integrity, ILogger<DatasetStartup> logger, IHostApplicationLifetime? lifetime = null,
    StartupDiagnosis? early = null) : IHostedService
{
    /// <summary>
    /// How long after start-up a served store's layout is compared with this code's. Computing the expected layout builds
    /// a second EF model and its create script (about 1 s of CPU): later than the first answers, and not at all in a host
    /// that stops sooner.
    /// </summary>
    private static readonly TimeSpan LayoutCheckDelay = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Describe();
        // Begun while the host was being built when the host asked for it (ApiHost); the same diagnosis either way.
        var verdict = early is null ? StartupIntegrity.Diagnose(options) : await early.Result;
        var diagnosis = verdict.Diagnosis;
        LogIntegrity(path, verdict);
        if (!options.BuildOnStart)
        {
            if (!diagnosis.IsHealthy)
            {
                throw new StartupFailureException(StartupMessages.DatasetUnusable(diagnosis.Code, diagnosis.Message, options.BuildOnStart));
            }

            integrity.Record(diagnosis);
            var stored = options.ReadInfo() ?? throw new StartupFailureException(StartupMessages.DatasetUnusable("no_dataset", path, buildOnStart: false));

            // Here the layout only decides a warning, and computing the expected one (a second model and its create
            // script) costs about 1 s of CPU: compare it later, off the start-up path, rather than delay the first answers.
            _ = Task.Run(() => WarnLaterIfLayoutChangedAsync(stored, path), CancellationToken.None);
            LogServing(path, stored.Version);
            return;
        }

        if (diagnosis.Fault is DatasetFault.IsDirectory or DatasetFault.ServerUnreachable or DatasetFault.ServerRefused)
        {
            throw new StartupFailureException(StartupMessages.DatasetUnusable(diagnosis.Code, diagnosis.Message, options.BuildOnStart));
        }

        if (diagnosis.Fault is not (DatasetFault.None or DatasetFault.Missing))
        {
            LogReplacing(path, diagnosis.Code, diagnosis.Message);
        }

        var info = diagnosis.IsHealthy ? options.ReadInfo() : null;
        var current = info?.Version;

        var seedDir = options.ResolvedSeedDirectory;
        var seedVersion = Directory.Exists(seedDir) ? SeedVersion.Compute(seedDir) : null;
        var layoutChanged = info is not null && info.Layout != options.ExpectedLayout();
        if (current is not null && !layoutChanged && (seedVersion is null || current == seedVersion))
        {
            integrity.Record(diagnosis);
            LogServing(path, current);
            return;
        }

        if (seedVersion is null)
        {
            throw new StartupFailureException(StartupMessages.NoSeed(diagnosis.IsHealthy ? path : diagnosis.Message, seedDir));
        }

        LogBuilding(path, current ?? "(none)", seedVersion, layoutChanged ? "layout changed" : "seed changed");
        var result = options.IsPostgres
            ? await DatasetBuilder.BuildPostgresAsync(seedDir, options.ResolvedConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel, cancellationToken)
            : await DatasetBuilder.BuildAsync(seedDir, options.ResolvedPath, DatabaseServiceCollectionExtensions.ConfigureModel, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems.Select(p => p.ToString()))
            {
                LogProblem(problem);
            }

            throw new StartupFailureException(StartupMessages.SeedProblems(seedDir, result.Problems.Count));
        }

        integrity.Record(new DatasetDiagnosis(DatasetFault.None, ""));

        var counts = result.Records.DescribeCounts();
        LogBuilt(path, result.Info!.Version, counts);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarnLaterIfLayoutChangedAsync(DatasetInfo stored, string path)
    {
        try
        {
            // (The offline export starts this service without a host: no lifetime there.)
            await Task.Delay(LayoutCheckDelay, lifetime?.ApplicationStopping ?? CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (stored.Layout != options.ExpectedLayout())
        {
            LogLayoutChanged(path);
        }
    }

    private void LogIntegrity(string path, StartupVerdict verdict)
    {
        switch (verdict.Outcome)
        {
            case IntegrityOutcome.Skipped:
                LogCheckSkipped(path, verdict.Detail ?? "?");
                break;
            case IntegrityOutcome.Recorded:
                LogCheckRecorded(path, verdict.Detail ?? "?");
                break;
            case IntegrityOutcome.NotRecorded:
                LogCheckNotRecorded(path, verdict.Detail ?? "?");
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Integrity check of {Path} skipped: the file is unchanged since a full check passed on it at {CheckedAt} (Database:IntegrityCheckOnStart=always checks at every start)")]
    private partial void LogCheckSkipped(string path, string checkedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Integrity check of {Path} passed; recorded in {Record} (with Database:IntegrityCheckOnStart=once, later starts skip it while the file is unchanged)")]
    private partial void LogCheckRecorded(string path, string record);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Integrity check of {Path} passed but cannot be recorded ({Reason}): the whole file is checked at every start")]
    private partial void LogCheckNotRecorded(string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving dataset {Path} version {Version}")]
    private partial void LogServing(string path, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building dataset {Path} ({Reason}): stored version {Stored}, seed version {Seed}")]
    private partial void LogBuilding(string path, string stored, string seed, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dataset at {Path} was written by another version of the code (its layout differs); rebuild it with `seed build` or serve with Database:BuildOnStart=true")]
    private partial void LogLayoutChanged(string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replacing the dataset at {Path} with a new build because it cannot be served ({Fault}): {Reason}")]
    private partial void LogReplacing(string path, string fault, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built dataset {Path} version {Version}: {Counts}")]
    private partial void LogBuilt(string path, string version, string counts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed problem: {Problem}")]
    private partial void LogProblem(string problem);
}
