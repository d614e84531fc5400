using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Search;

/// <summary>
/// A collection the search covers: its <c>SearchableType</c> enum value, the GraphQL type name stored in the index
/// (what node loaders and global ids use), a Spanish description, and how its records become documents.
/// </summary>
internal sealed class SearchableCollection(
    string enumName, string typeName, string description, Func<OpenDataDbContext, IAsyncEnumerable<SearchDocument>> documents)
{
    public string EnumName { get; } = enumName;

    public string TypeName { get; } = typeName;

    public string Description { get; } = description;

    /// <summary>The collection's documents in slug order, streamed (the build never holds a whole collection).</summary>
    public IAsyncEnumerable<SearchDocument> Documents(OpenDataDbContext db) => documents(db);

    public static SearchableCollection Of<T>(
        string enumName, string typeName, string description, Func<OpenDataDbContext, IQueryable<T>> set, Func<T, SearchDocument> document)
        where T : class, IRecord =>
        new(enumName, typeName, description, db => set(db).AsNoTracking().OrderBy(x => x.Id).AsAsyncEnumerable().Select(document));
}
