using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenData.Domain.Data;

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
        var existing = DatasetOptionsExtension.Of(builder.Options);
        if (!existing.Steps.Contains(step))
        {
            ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(existing.WithSteps([.. existing.Steps, step]));
        }

        return builder;
    }

    /// <summary>The steps registered on <paramref name="options"/>, in order.</summary>
    public static IReadOnlyList<IDatasetBuildStep> DatasetBuildSteps(this IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DatasetOptionsExtension.Of(options).Steps;
    }
}
