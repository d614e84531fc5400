
namespace OpenData.Api.Data;

/// <summary>
/// The last word on the served store's integrity: the start-up diagnosis, then (SQLite) SQLite's quick check again
/// in the background whenever <c>/readyz</c> finds the last one older than <see cref="DatabaseOptions.IntegrityCheckInterval"/>,
/// one check at a time. A probe never waits for a check.
/// </summary>
public sealed partial class DatasetIntegrity(DatabaseOptions options, TimeProvider time, ILogger<DatasetIntegrity> logger)
{
    private readonly Lock _gate = new();
    private DatasetDiagnosis? _last;
    private DateTimeOffset _checkedAt;
    private Task? _running;

    /// <summary>What start-up found.</summary>
    public void Record(DatasetDiagnosis diagnosis)
    {
        lock (_gate)
        {
            _last = diagnosis;
            _checkedAt = time.GetUtcNow();
        }
    }

    /// <summary>The last diagnosis (null before any); starts a background re-check when it is due.</summary>
    public DatasetDiagnosis? Current()
    {
        lock (_gate)
        {
            if (!options.IsPostgres && _running is null && (_last is null || time.GetUtcNow() - _checkedAt >= options.IntegrityCheckInterval))
            {
                _running = Task.Run(Recheck);
            }

            return _last;
        }
    }

    private void Recheck()
    {
        // A pass is recorded against the file's identity, a failure removes the record: the next start checks again.
        var path = options.ResolvedPath;
        var diagnosis = StartupIntegrity.CheckAndRecord(path, () => DatasetProbe.CheckIntegrity(path)).Diagnosis;
        if (!diagnosis.IsHealthy)
        {
            LogCorrupt(diagnosis.Message);
        }

        lock (_gate)
        {
            _last = diagnosis;
            _checkedAt = time.GetUtcNow();
            _running = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The served dataset failed its integrity check: {Reason}")]
    private partial void LogCorrupt(string reason);
}
