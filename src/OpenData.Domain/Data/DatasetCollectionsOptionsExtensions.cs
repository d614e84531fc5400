using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenData.Domain.Collections;

namespace OpenData.Domain.Data;

/// <summary>Which collections a context's model holds: <see cref="DatasetCollections.All"/> unless the options say otherwise.</summary>
public static class DatasetCollectionsOptionsExtensions
{
    /// <summary>
    /// Builds the model (and a <see cref="Build.DatasetBuilder"/> build) over <paramref name="collections"/> instead of
    /// <see cref="DatasetCollections.All"/>: for tests that declare a collection of their own.
    /// </summary>
    public static DbContextOptionsBuilder UseDatasetCollections(this DbContextOptionsBuilder builder, DatasetCollections collections)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(collections);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(DatasetOptionsExtension.Of(builder.Options).WithCollections(collections));
        return builder;
    }

    /// <summary>The collections of <paramref name="options"/>' model.</summary>
    public static DatasetCollections DatasetCollections(this IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return DatasetOptionsExtension.Of(options).Collections;
    }
}
