using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Reads the search index through the store of the configured provider (<see cref="SearchStores"/>): one SQL statement
/// for a page of hits and one for the count, each on a context of the pooled read-only factory.
/// </summary>
internal sealed class SearchIndexReader(IDbContextFactory<OpenDataDbContext> factory)
{
    /// <summary>Up to <paramref name="limit"/> hits from the 0-based <paramref name="offset"/>, best first, and the total when the store counted it.</summary>
    public async Task<SearchRows> PageAsync(
        SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await SearchStores.For(db).PageAsync(db, query, types, offset, limit, cancellationToken);
        }
    }

    /// <summary>How many records match.</summary>
    public async Task<int> CountAsync(SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken)
    {
        var db = await factory.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            return await SearchStores.For(db).CountAsync(db, query, types, cancellationToken);
        }
    }
}
