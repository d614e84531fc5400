namespace OpenData.Api.Data;

/// <summary>What the integrity check did for a diagnosis.</summary>
internal enum IntegrityOutcome
{
    /// <summary>Not asked for (<c>never</c>, PostgreSQL), or the file failed before the check could say anything.</summary>
    NotRun,

    /// <summary>Skipped: the file's identity matches the record of a check that passed.</summary>
    Skipped,

    /// <summary>Ran and passed; the pass is recorded beside the file.</summary>
    Recorded,

    /// <summary>Ran and passed, but could not be recorded (a folder that cannot be written, no file identity on this system).</summary>
    NotRecorded,

    /// <summary>Ran and failed: any record beside the file was removed.</summary>
    Failed,
}

/// <summary>The start-up diagnosis of the store and what the integrity check did (<see cref="Detail"/>: when, where or why).</summary>
internal sealed record StartupVerdict(DatasetDiagnosis Diagnosis, IntegrityOutcome Outcome, string? Detail = null);

/// <summary>
/// The store's diagnosis at start-up (<see cref="DatasetProbe"/>) with SQLite's integrity check as
/// <see cref="DatabaseOptions.IntegrityCheckOnStart"/> asks: with <c>once</c>, a file whose identity (device, inode,
/// size, mtime, ctime, header change counter) matches the record of a check that passed is not read again; every
/// passed check is recorded, every failed one removes the record. The guarantee is that the bytes have not been
/// changed through the file system since a full check passed on them; damage that bypasses it (the disk's own) is found
/// by <c>/readyz</c>'s periodic check.
/// </summary>
internal static class StartupIntegrity
{
    public static StartupVerdict Diagnose(DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            return new(DatasetProbe.Diagnose(options, checkIntegrity: false), IntegrityOutcome.NotRun);
        }

        var path = options.ResolvedPath;
        var mode = options.StartupCheck;
        if (mode == StartupIntegrityCheck.Never)
        {
            return new(DatasetProbe.Diagnose(options, checkIntegrity: false), IntegrityOutcome.NotRun);
        }

        if (mode == StartupIntegrityCheck.Once && File.Exists(path)
            && FileIdentity.Of(path, out _) is { } identity && IntegrityRecord.CheckedAt(path, identity) is { } checkedAt)
        {
            return new(DatasetProbe.Diagnose(options, checkIntegrity: false), IntegrityOutcome.Skipped,
                checkedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture));
        }

        return CheckAndRecord(path, () => DatasetProbe.Diagnose(options, checkIntegrity: true));
    }

    /// <summary>
    /// Runs <paramref name="check"/> (which includes <c>PRAGMA quick_check</c>) on <paramref name="path"/>; records a
    /// pass against the file's identity when the identity is the same before and after the check, removes the record
    /// on a corrupt verdict.
    /// </summary>
    public static StartupVerdict CheckAndRecord(string path, Func<DatasetDiagnosis> check)
    {
        string? unavailable = null;
        var before = File.Exists(path) ? FileIdentity.Of(path, out unavailable) : null;
        var diagnosis = check();
        if (diagnosis.Fault == DatasetFault.Corrupt)
        {
            IntegrityRecord.Delete(path);
            return new(diagnosis, IntegrityOutcome.Failed);
        }

        if (!diagnosis.IsHealthy)
        {
            return new(diagnosis, IntegrityOutcome.NotRun);
        }

        if (before is null)
        {
            return new(diagnosis, IntegrityOutcome.NotRecorded, unavailable ?? "the file's identity cannot be read");
        }

        if (FileIdentity.Of(path, out unavailable) != before)
        {
            return new(diagnosis, IntegrityOutcome.NotRecorded, unavailable ?? "the file changed during the check");
        }

        var error = IntegrityRecord.TryWrite(path, before.Value, DateTimeOffset.UtcNow);
        return error is null
            ? new(diagnosis, IntegrityOutcome.Recorded, IntegrityRecord.PathOf(path))
            : new(diagnosis, IntegrityOutcome.NotRecorded, error);
    }
}
