using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenData.Domain.Build;
using OpenData.Domain.Seed;

namespace OpenData.Domain.Commands;

/// <summary>
/// <c>seed validate</c> and <c>seed build</c>, for the host's command line. Exit codes: 0 clean,
/// 1 problems (each on its own line on <c>error</c>), 2 bad usage (the seed directory is missing).
/// </summary>
public static class SeedCommands
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int BadUsage = 2;

    public static int Validate(string seedDir, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!SeedDirExists(seedDir, error))
        {
            return BadUsage;
        }

        var validation = SeedValidator.Validate(seedDir);
        if (!validation.IsValid)
        {
            return Report(validation.Problems, error);
        }

        output.WriteLine($"seed OK: {validation.Records.DescribeCounts()}");
        return Ok;
    }

    /// <summary><c>seed build</c> into the SQLite file <paramref name="outFile"/>.</summary>
    public static Task<int> BuildAsync(
        string seedDir,
        string outFile,
        Action<DbContextOptionsBuilder>? configure,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken) =>
        BuildAsync(
            seedDir,
            outFile,
            string.IsNullOrWhiteSpace(outFile) ? "seed build: no output file given" : null,
            ct => DatasetBuilder.BuildAsync(seedDir, outFile, configure, ct),
            e => e is DbUpdateException or SqliteException or IOException or UnauthorizedAccessException,
            output,
            error,
            cancellationToken);

    /// <summary>
    /// <c>seed build</c> into PostgreSQL (<paramref name="target"/> names it in messages, never with the password); a
    /// failure leaves the previous dataset in place.
    /// </summary>
    public static Task<int> BuildPostgresAsync(
        string seedDir,
        string connectionString,
        string target,
        Action<DbContextOptionsBuilder>? configure,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken) =>
        BuildAsync(
            seedDir,
            target,
            null,
            ct => DatasetBuilder.BuildPostgresAsync(seedDir, connectionString, configure, ct),
            e => e is NpgsqlException or DbUpdateException or ArgumentException,
            output,
            error,
            cancellationToken);

    /// <summary>
    /// A build into <paramref name="target"/>: bad usage (exit 2) when the seed directory is missing or
    /// <paramref name="usageProblem"/> says what else is wrong; exit 1 for a write failure (<paramref name="isWriteFailure"/>)
    /// or the seed's problems.
    /// </summary>
    private static async Task<int> BuildAsync(
        string seedDir,
        string target,
        string? usageProblem,
        Func<CancellationToken, Task<DatasetBuildResult>> build,
        Func<Exception, bool> isWriteFailure,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (!SeedDirExists(seedDir, error))
        {
            return BadUsage;
        }

        if (usageProblem is not null)
        {
            await error.WriteLineAsync(usageProblem).ConfigureAwait(false);
            return BadUsage;
        }

        DatasetBuildResult result;
        try
        {
            result = await build(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (isWriteFailure(e))
        {
            await error.WriteLineAsync($"seed build: could not write {target}: {e.Message}").ConfigureAwait(false);
            return Problems;
        }

        if (!result.Succeeded)
        {
            return Report(result.Problems, error);
        }

        await output.WriteLineAsync($"built {target}: version {result.Info!.Version}, {result.Records.DescribeCounts()}").ConfigureAwait(false);
        return Ok;
    }

    private static bool SeedDirExists(string seedDir, TextWriter error)
    {
        if (!string.IsNullOrWhiteSpace(seedDir) && Directory.Exists(seedDir))
        {
            return true;
        }

        error.WriteLine($"seed: the seed directory '{seedDir}' does not exist");
        return false;
    }

    private static int Report(IReadOnlyList<SeedProblem> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }

        error.WriteLine($"seed: {problems.Count} problem{(problems.Count == 1 ? "" : "s")}");
        return Problems;
    }
}
