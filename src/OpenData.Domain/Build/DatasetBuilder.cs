using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Domain.Releases;
using OpenData.Domain.Seed;

namespace OpenData.Domain.Build;

/// <summary>
/// Validates the seed, then writes the SQLite database deterministically: rows added in id order,
/// a <see cref="DatasetInfo"/> row with the seed version and counts, so the same seed gives the same bytes (the
/// build time is the file's modification time, see <see cref="DatasetFile.FixedBuiltAt"/>). The database is
/// written to a temporary file beside <c>outFile</c> and renamed into place, so a failed build leaves
/// the previous database untouched and no temporary file behind; temporary files left by a killed build are
/// removed by the next one (<see cref="DatasetTempFiles"/>). The <see cref="IDatasetBuildStep"/>s registered
/// on the options run after the records are saved, before the rename. <see cref="BuildPostgresAsync"/> writes the same
/// rows into PostgreSQL instead, with the same atomicity (see <see cref="PostgresDataset"/>).
/// </summary>
public static class DatasetBuilder
{
    /// <summary>
    /// Validates <paramref name="seedDir"/> and, when clean, builds <paramref name="outFile"/>;
    /// <paramref name="configure"/> is applied to the options after <c>UseSqlite</c> (e.g. the query
    /// engine's text folding). Validation problems come back in the result; nothing is written then.
    /// </summary>
    public static async Task<DatasetBuildResult> BuildAsync(
        string seedDir,
        string outFile,
        Action<DbContextOptionsBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outFile);
        var validation = SeedValidator.Validate(seedDir, CollectionsOf(configure));
        if (!validation.IsValid)
        {
            return DatasetBuildResult.Failed(validation);
        }

        var target = Path.GetFullPath(outFile);
        var temp = DatasetTempFiles.Prepare(target);
        try
        {
            var info = await WriteAsync(temp, validation, configure, cancellationToken).ConfigureAwait(false);
            File.Move(temp, target, overwrite: true);
            // The build time lives in the file's modification time, not in its bytes (see DatasetFile.FixedBuiltAt).
            info.BuiltAt = File.GetLastWriteTimeUtc(target);
            return DatasetBuildResult.Built(info, validation.Records);
        }
        finally
        {
            DatasetTempFiles.Delete(temp);
        }
    }

    /// <summary>Options for a context over <paramref name="databaseFile"/>, with <paramref name="configure"/> applied.</summary>
    public static DbContextOptions<OpenDataDbContext> Options(string databaseFile, Action<DbContextOptionsBuilder>? configure = null, bool readOnly = false)
    {
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite(connection.ToString());
        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>
    /// Validates <paramref name="seedDir"/> and, when clean, builds the dataset into the PostgreSQL database of
    /// <paramref name="connectionString"/>, schema <see cref="PostgresDataset.Schema"/>: the records and the build steps
    /// are written into a fresh schema, then one transaction drops the previous schema and renames the new one into
    /// place, so readers see the old dataset or the new one, and a failed build leaves the old one and no build schema.
    /// </summary>
    public static async Task<DatasetBuildResult> BuildPostgresAsync(
        string seedDir,
        string connectionString,
        Action<DbContextOptionsBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var validation = SeedValidator.Validate(seedDir, CollectionsOf(configure));
        if (!validation.IsValid)
        {
            return DatasetBuildResult.Failed(validation);
        }

        var info = await PostgresDataset.BuildAsync(
            connectionString,
            (options, ct) => WriteAsync(options, validation, ct),
            configure,
            cancellationToken).ConfigureAwait(false);
        return DatasetBuildResult.Built(info, validation.Records);
    }

    private static async Task<DatasetInfo> WriteAsync(string file, SeedValidation validation, Action<DbContextOptionsBuilder>? configure, CancellationToken cancellationToken)
    {
        var options = Options(file, configure);
        var context = new OpenDataDbContext(options);
        await using (context.ConfigureAwait(false))
        {
            await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        }

        var info = await WriteAsync(options, validation, cancellationToken, DatasetFile.FixedBuiltAt).ConfigureAwait(false);
        context = new OpenDataDbContext(options);
        await using (context.ConfigureAwait(false))
        {
            // EF Core creates SQLite files in WAL mode; a read-only copy to serve wants a plain file
            // that readers can open without creating -wal and -shm files beside it.
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken).ConfigureAwait(false);
        }

        return info;
    }

    /// <summary>Writes the records and the DatasetInfo row into the (empty, created) database, then runs the build steps.</summary>
    private static async Task<DatasetInfo> WriteAsync(
        DbContextOptions<OpenDataDbContext> options, SeedValidation validation, CancellationToken cancellationToken, DateTime? builtAt = null)
    {
        var set = validation.Records;
        var info = new DatasetInfo
        {
            Version = validation.Version,
            Content = set.Content,
            Layout = DatasetLayout.Of(options),
            BuiltAt = builtAt ?? DateTime.UtcNow,
            IsSynthetic = false,
            Counts = [.. set.Counts.Select(c => new DatasetCount { Collection = c.Key, Count = c.Value })],
        };

        var context = new OpenDataDbContext(options);
        await using (context.ConfigureAwait(false))
        {
            // Children are added with their parents.
            foreach (var collection in set.Collections.Files)
            {
                context.AddRange(set.Records(collection).OrderBy(r => r.Id, StringComparer.Ordinal));
            }

            context.AddRange(set.FieldProvenance.OrderBy(p => p.Id, StringComparer.Ordinal));
            var (releases, changes, publications) = ReleaseRows.Of(set.Releases);
            context.AddRange(releases);
            context.AddRange(changes);
            context.AddRange(publications.OrderBy(p => p.Id, StringComparer.Ordinal));
            context.Add(info);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            foreach (var step in options.DatasetBuildSteps())
            {
                await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
            }

            await DatasetStatistics.UpdateAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return info;
    }

    /// <summary>The collections the options <paramref name="configure"/> gives build (see <see cref="DatasetCollectionsOptionsExtensions"/>).</summary>
    private static DatasetCollections CollectionsOf(Action<DbContextOptionsBuilder>? configure)
    {
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>();
        configure?.Invoke(builder);
        return builder.Options.DatasetCollections();
    }
}
