using OpenData.Domain.Build;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Api.Data;

/// <summary>
/// Before the server accepts requests: builds the database when it is missing, its version differs from the
/// seed's, or it was written with another layout (an older build of the code), and says so in the log with the
/// counts. Serving itself never writes.
/// </summary>
internal sealed partial class DatasetStartup(DatabaseOptions options, ILogger<DatasetStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Describe();
        var stored = options.ReadInfo();
        var current = stored?.Version;
        if (!options.BuildOnStart)
        {
            if (current is null)
            {
                throw new InvalidOperationException($"No dataset at {path} and Database:BuildOnStart is false.");
            }

            // Here the layout only decides a warning, and computing the expected one (the model's create script)
            // costs about 0.2 s: compare it off the start-up path rather than delay the first answer.
            _ = Task.Run(() => WarnIfLayoutChanged(stored!, path), CancellationToken.None);
            LogServing(path, current);
            return;
        }

        var seedDir = options.ResolvedSeedDirectory;
        var seedVersion = Directory.Exists(seedDir) ? SeedVersion.Compute(seedDir) : null;
        var layoutChanged = stored is not null && stored.Layout != options.ExpectedLayout();
        if (current is not null && !layoutChanged && (seedVersion is null || current == seedVersion))
        {
            LogServing(path, current);
            return;
        }

        if (seedVersion is null)
        {
            throw new InvalidOperationException($"No dataset at {path} and no seed folder at {seedDir} to build it from.");
        }

        LogBuilding(path, current ?? "(none)", seedVersion, layoutChanged ? "layout changed" : "seed changed");
        var result = options.IsPostgres
            ? await DatasetBuilder.BuildPostgresAsync(seedDir, options.ResolvedConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel, cancellationToken)
                .ConfigureAwait(false)
            : await DatasetBuilder.BuildAsync(seedDir, options.ResolvedPath, DatabaseServiceCollectionExtensions.ConfigureModel, cancellationToken)
                .ConfigureAwait(false);
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems.Select(p => p.ToString()))
            {
                LogProblem(problem);
            }

            throw new InvalidOperationException($"The seed in {seedDir} has {result.Problems.Count} problem(s); run `seed validate`.");
        }

        var counts = result.Records.DescribeCounts();
        LogBuilt(path, result.Info!.Version, counts);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WarnIfLayoutChanged(DatasetInfo stored, string path)
    {
        if (stored.Layout != options.ExpectedLayout())
        {
            LogLayoutChanged(path);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving dataset {Path} version {Version}")]
    private partial void LogServing(string path, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Building dataset {Path} ({Reason}): stored version {Stored}, seed version {Seed}")]
    private partial void LogBuilding(string path, string stored, string seed, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dataset at {Path} was written by another version of the code (its layout differs); rebuild it with `seed build` or serve with Database:BuildOnStart=true")]
    private partial void LogLayoutChanged(string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built dataset {Path} version {Version}: {Counts}")]
    private partial void LogBuilt(string path, string version, string counts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed problem: {Problem}")]
    private partial void LogProblem(string problem);
}
