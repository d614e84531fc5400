using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Domain.Build;

/// <summary>The outcome of a build: the problems that stopped it, or the DatasetInfo row written.</summary>
public sealed class DatasetBuildResult
{
    private DatasetBuildResult(IReadOnlyList<SeedProblem> problems, DatasetInfo? info, SeedSet records)
    {
        Problems = problems;
        Info = info;
        Records = records;
    }

    public IReadOnlyList<SeedProblem> Problems { get; }

    /// <summary>The row written to the database; null when the build failed.</summary>
    public DatasetInfo? Info { get; }

    public SeedSet Records { get; }

    public bool Succeeded => Info is not null;

    internal static DatasetBuildResult Failed(SeedValidation validation) => new(validation.Problems, null, validation.Records);

    internal static DatasetBuildResult Built(DatasetInfo info, SeedSet records) => new([], info, records);
}
