using System.Text;
using OpenData.Api.Collections;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// A collection the search covers: its <c>SearchableType</c> enum value (<c>FundingRecord</c> → <c>FUNDING_RECORD</c>),
/// the public type name stored in the index (what node loaders and global ids use), a Spanish description, and how its
/// records become documents.
/// </summary>
internal sealed class SearchableCollection(
    string enumName, string typeName, string description, Func<OpenDataDbContext, IAsyncEnumerable<SearchDocument>> documents)
{
    public string EnumName { get; } = enumName;

    public string TypeName { get; } = typeName;

    public string Description { get; } = description;

    /// <summary>The collection's documents in slug order, streamed (the build never holds a whole collection).</summary>
    public IAsyncEnumerable<SearchDocument> Documents(OpenDataDbContext db) => documents(db);

    public static SearchableCollection Of(ApiCollection collection)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return new(EnumNameOf(collection.TypeName), collection.TypeName, collection.SearchDescription!,
            db => collection.SearchTexts(db).Select(x => SearchDocument.Of(collection.TypeName, x.Slug, x.Text.Title, x.Text.Body)));
    }

    /// <summary><c>FundingRecord</c> → <c>FUNDING_RECORD</c>.</summary>
    public static string EnumNameOf(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var name = new StringBuilder(typeName.Length + 4);
        for (var i = 0; i < typeName.Length; i++)
        {
            if (char.IsUpper(typeName[i]) && i > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(typeName[i]));
        }

        return name.ToString();
    }
}
