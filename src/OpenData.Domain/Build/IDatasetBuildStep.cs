using Microsoft.EntityFrameworkCore;

namespace OpenData.Domain.Build;

/// <summary>
/// Extra work a build does on the freshly written database (for example a full-text index), run by
/// <see cref="DatasetBuilder"/> after the records are saved and before the file is renamed into place, so a
/// failing step fails the build and leaves the previous database untouched. Register a step on the options
/// with <see cref="DatasetBuildStepOptionsExtensions.AddDatasetBuildStep"/>. A step must be deterministic:
/// the same seed gives the same result.
/// </summary>
public interface IDatasetBuildStep
{
    /// <summary>Runs the step on <paramref name="context"/>, a read-write context over the database being built.</summary>
    Task RunAsync(DbContext context, CancellationToken cancellationToken);
}
