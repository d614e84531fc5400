namespace OpenData.Domain.Seed;

/// <summary>The outcome of validating a seed directory: every problem, the records and the seed version.</summary>
public sealed class SeedValidation(IReadOnlyList<SeedProblem> problems, SeedSet records, string version)
{
    /// <summary>All problems, sorted by file, line and column.</summary>
    public IReadOnlyList<SeedProblem> Problems => problems;

    /// <summary>The records as loaded; complete and consistent only when <see cref="IsValid"/>.</summary>
    public SeedSet Records => records;

    /// <summary>The dataset version of these seed files (see <see cref="SeedVersion"/>).</summary>
    public string Version => version;

    public bool IsValid => problems.Count == 0;
}
