using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Domain.Build;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Writes the search index during the dataset build (through the provider's <see cref="ISearchStore"/>), in one transaction, rows streamed from the
/// tables ordered by type then slug, so the same seed gives the same index and memory stays flat on large databases. The dataset version (the seed hash) does not change.
/// </summary>
public sealed class SearchIndexBuildStep : IDatasetBuildStep
{
    public static SearchIndexBuildStep Instance { get; } = new();

    private SearchIndexBuildStep()
    {
    }

    public async Task RunAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = (OpenDataDbContext)context;
        var store = SearchStores.For(db);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await using (transaction)
            {
                await store.WriteAsync(context.Database.GetDbConnection(), transaction.GetDbTransaction(), Documents(db), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Every collection's documents, collections in type name order, each in slug order.</summary>
    private static async IAsyncEnumerable<SearchDocument> Documents(OpenDataDbContext db)
    {
        foreach (var collection in SearchableCollections.All.OrderBy(c => c.TypeName, StringComparer.Ordinal))
        {
            await foreach (var document in collection.Documents(db))
            {
                yield return document;
            }
        }
    }
}
