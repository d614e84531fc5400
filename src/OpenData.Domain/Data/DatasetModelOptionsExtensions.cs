using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Collation;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.Domain.Data;

/// <summary>The options besides the provider that shape the dataset's EF Core model (<see cref="OpenDataDbContext"/>).</summary>
public static class DatasetModelOptionsExtensions
{
    /// <summary>
    /// The engine's accent-folded copies of text columns, the Spanish collation and the flat values' indexes: what every
    /// context over the dataset needs, and what the build-time generator of the serving contexts' compiled model
    /// (build/OpenData.ServingModelGenerator) configures, so that both build the same model.
    /// </summary>
    public static DbContextOptionsBuilder UseDatasetModel(this DbContextOptionsBuilder builder) =>
        builder.UseTextFolding().UseTextCollations(DatasetCollation.Spanish).UseFlatValueIndexes();
}
