using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>The search store of a context's provider: FTS5 on SQLite, full text search on PostgreSQL.</summary>
internal static class SearchStores
{
    public static ISearchStore For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Database.ProviderName == PostgresProvider.Name ? PostgresSearchStore.Instance : Fts5SearchStore.Instance;
    }
}
