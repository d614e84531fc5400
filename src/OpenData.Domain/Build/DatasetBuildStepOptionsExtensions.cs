using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.Domain.Build;

/// <summary>Registers <see cref="IDatasetBuildStep"/>s on context options.</summary>
public static class DatasetBuildStepOptionsExtensions
{
    /// <summary>
    /// Adds <paramref name="step"/> to the steps <see cref="DatasetBuilder"/> runs after writing the records, in the
    /// order they were added; adding the same step twice runs it once. Contexts that only read ignore the steps.
    /// </summary>
    public static DbContextOptionsBuilder AddDatasetBuildStep(this DbContextOptionsBuilder builder, IDatasetBuildStep step)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(step);
        var existing = DatasetBuildSteps(builder.Options);
        if (!existing.Contains(step))
        {
            ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new DatasetBuildStepsExtension([.. existing, step]));
        }

        return builder;
    }

    /// <summary>The steps registered on <paramref name="options"/>, in order.</summary>
    public static IReadOnlyList<IDatasetBuildStep> DatasetBuildSteps(this IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.FindExtension<DatasetBuildStepsExtension>()?.Steps ?? [];
    }
}
