namespace OpenData.Api.Collections;

/// <summary>
/// How the search covers a collection: the <c>SearchableType</c> description, the text of a record and the related
/// rows that text reads (<paramref name="Includes"/>).
/// </summary>
internal sealed record CollectionSearch<T>(string Description, Func<T, SearchText> Text, Func<IQueryable<T>, IQueryable<T>> Includes)
{
    public CollectionSearch(string description, Func<T, SearchText> text)
        : this(description, text, records => records)
    {
    }
}
