using System.Data.Common;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// The provider-specific half of search: how the dataset build writes the index and how a page of hits and a count
/// are read. Everything else (parsing, cursors, errors, snippets' published form, the GraphQL contract) is shared.
/// <see cref="SearchStores.For"/> picks the store of a context's provider.
/// </summary>
internal interface ISearchStore
{
    /// <summary>
    /// Creates and fills the index inside <paramref name="transaction"/>. <paramref name="documents"/> come in type then
    /// slug order, the order ties keep; they are read through the same connection.
    /// </summary>
    Task WriteAsync(DbConnection connection, DbTransaction transaction, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> hits from the 0-based <paramref name="offset"/>, best first, ties in index order,
    /// with the total when ranking them counted every match.
    /// </summary>
    Task<SearchRows> PageAsync(
        OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>How many records match.</summary>
    Task<int> CountAsync(OpenDataDbContext db, SearchQuery query, IReadOnlyList<string>? types, CancellationToken cancellationToken);
}
