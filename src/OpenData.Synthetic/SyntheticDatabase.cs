using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Synthetic;

/// <summary>
/// Generates a large synthetic database with the published schema, for load tests: the schema comes from
/// EF <c>EnsureCreated</c> with the same options as <c>seed build</c>, the rows from prepared inserts in
/// one transaction, then the build steps registered on those options (the search index) run as they do for
/// <c>seed build</c>. Deterministic for a given row count and seed, byte for byte (the build time is the file's modification time, see <see cref="DatasetFile.FixedBuiltAt"/>).
/// The DatasetInfo row says <see cref="DatasetInfo.IsSynthetic"/> and its version starts with
/// <see cref="VersionPrefix"/>. Like <c>seed build</c>, it writes a temporary file beside
/// <c>outFile</c> and renames it into place, so a failure leaves nothing behind; into PostgreSQL
/// (<see cref="GeneratePostgresAsync"/>) it writes a fresh schema and swaps it in as <c>seed build</c> does.
/// </summary>
public static class SyntheticDatabase
{
    public const string VersionPrefix = "synthetic-";

    /// <summary>The version a synthetic dataset of <paramref name="rows"/> rows and <paramref name="seed"/> carries.</summary>
    public static string Version(int rows, int seed) => FormattableString.Invariant($"{VersionPrefix}{rows}-seed-{seed}");

    /// <summary>
    /// Writes about <paramref name="rows"/> rows (see <see cref="SyntheticPlan"/>) to <paramref name="outFile"/>.
    /// <paramref name="configure"/> is applied after <c>UseSqlite</c>, as for <c>seed build</c>; the
    /// <c>&lt;Prop&gt;_folded</c> columns it adds are filled with the query engine's <c>TextFolding.Fold</c>.
    /// <paramref name="progress"/>, when given, hears of each table, the build steps and the statistics as they finish.
    /// </summary>
    public static async Task<SyntheticBuildResult> GenerateAsync(
        string outFile,
        int rows,
        int seed,
        Action<DbContextOptionsBuilder>? configure,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outFile);
        var plan = new SyntheticPlan(rows);
        var target = Path.GetFullPath(outFile);
        var temp = DatasetTempFiles.Prepare(target);
        try
        {
            var options = DatasetBuilder.Options(temp, configure);
            var context = new OpenDataDbContext(options);
            await using (context.ConfigureAwait(false))
            {
                await context.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            }

            var result = await WriteAsync(options, plan, seed, DatasetFile.FixedBuiltAt, progress, cancellationToken).ConfigureAwait(false);
            File.Move(temp, target, overwrite: true);
            result.Info.BuiltAt = File.GetLastWriteTimeUtc(target);
            return result;
        }
        finally
        {
            DatasetTempFiles.Delete(temp);
        }
    }

    /// <summary>
    /// Writes the same rows as <see cref="GenerateAsync"/> into the PostgreSQL database of <paramref name="connectionString"/>,
    /// schema <see cref="PostgresDataset.Schema"/>, the way <c>seed build --provider Postgres</c> does
    /// (<see cref="PostgresDataset.BuildAsync"/>): into a fresh schema, swapped in with one transaction, so a failure
    /// leaves the previous dataset and no build schema. The build time is written in the DatasetInfo row, as <c>seed build</c> does there.
    /// </summary>
    public static async Task<SyntheticBuildResult> GeneratePostgresAsync(
        string connectionString,
        int rows,
        int seed,
        Action<DbContextOptionsBuilder>? configure,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var plan = new SyntheticPlan(rows);
        SyntheticBuildResult? result = null;
        await PostgresDataset.BuildAsync(
            connectionString,
            async (options, ct) =>
            {
                // As `seed build --provider Postgres`: the build time is in the row (a schema has no file time).
                result = await WriteAsync(options, plan, seed, DateTime.UtcNow, progress, ct).ConfigureAwait(false);
                return result.Info;
            },
            configure,
            cancellationToken).ConfigureAwait(false);
        return result!;
    }

    /// <summary>Fills the created, empty tables of <paramref name="options"/>, then runs the build steps and ANALYZE.</summary>
    private static async Task<SyntheticBuildResult> WriteAsync(
        DbContextOptions<OpenDataDbContext> options, SyntheticPlan plan, int seed, DateTime builtAt, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var context = new OpenDataDbContext(options);
        await using (context.ConfigureAwait(false))
        {
            var database = context.Database;
            await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var sqlite = database.IsSqlite();
            if (sqlite)
            {
                // A fresh file written in one transaction and renamed into place only when complete: no
                // journal or sync is needed, and every reference points at a row the generator writes.
                await database.ExecuteSqlRawAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536", cancellationToken)
                    .ConfigureAwait(false);
            }

            var info = Info(plan, seed, DatasetLayout.Of(options), builtAt);
            var connection = database.GetDbConnection();
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyDictionary<string, int> counts;
            await using (transaction.ConfigureAwait(false))
            {
                var sql = context.GetService<ISqlGenerationHelper>();
                var writer = new SyntheticDatasetWriter(
                    new SyntheticTarget(connection, transaction, sql), context.Model, plan, seed, cancellationToken, Report(progress, watch));
                writer.Write(info, options.DatasetCollections());
                counts = writer.Counts;
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            // The build steps `seed build` runs (the search index), over the synthetic rows.
            foreach (var step in options.DatasetBuildSteps())
            {
                await step.RunAsync(context, cancellationToken).ConfigureAwait(false);
                Report(progress, watch)?.Invoke($"build step {step.GetType().Name} done");
            }

            await DatasetStatistics.UpdateAsync(context, cancellationToken).ConfigureAwait(false);
            Report(progress, watch)?.Invoke("ANALYZE done");

            if (sqlite)
            {
                // The same plain (non-WAL) file that `seed build` writes.
                await database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken).ConfigureAwait(false);
            }

            await database.CloseConnectionAsync().ConfigureAwait(false);
            return new SyntheticBuildResult(info, counts);
        }
    }

    /// <summary>Progress lines with the elapsed time in front; null when nobody listens.</summary>
    private static Action<string>? Report(IProgress<string>? progress, Stopwatch watch) =>
        progress is null ? null : line => progress.Report(FormattableString.Invariant($"[{watch.Elapsed.TotalSeconds,6:F1} s] {line}"));

    private static DatasetInfo Info(SyntheticPlan plan, int seed, string layout, DateTime builtAt) => new()
    {
        Version = Version(plan.Rows, seed),
        Layout = layout,
        BuiltAt = builtAt,
        IsSynthetic = true,
    };
}

/// <summary>What a synthetic build wrote: the DatasetInfo row and the rows per table (DatasetInfo and its counts included).</summary>
public sealed record SyntheticBuildResult(DatasetInfo Info, IReadOnlyDictionary<string, int> TableCounts)
{
    /// <summary>Rows of every table but DatasetInfo and DatasetCounts.</summary>
    public int DataRows => TableCounts.Where(t => !SyntheticDatasetWriter.InfoTables.Contains(t.Key)).Sum(t => t.Value);
}
