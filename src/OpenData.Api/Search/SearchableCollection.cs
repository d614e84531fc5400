using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// A collection the search covers: its <c>SearchableType</c> enum value, the GraphQL type name stored in the index
/// (what node loaders and global ids use), a Spanish description, and how its records become documents.
/// </summary>
internal sealed class SearchableCollection(
    string enumName, string typeName, string description, Func<OpenDataDbContext, CancellationToken, Task<IEnumerable<SearchDocument>>> documents)
{
    public string EnumName { get; } = enumName;

    public string TypeName { get; } = typeName;

    public string Description { get; } = description;

    public Task<IEnumerable<SearchDocument>> DocumentsAsync(OpenDataDbContext db, CancellationToken cancellationToken) =>
        documents(db, cancellationToken);

    public static SearchableCollection Of<T>(
        string enumName, string typeName, string description, Func<OpenDataDbContext, IQueryable<T>> set, Func<T, SearchDocument> document)
        where T : class =>
        new(enumName, typeName, description, async (db, ct) =>
            (await set(db).AsNoTracking().ToListAsync(ct).ConfigureAwait(false)).Select(document));
}
