namespace OpenData.GraphQL.Data.Paging;

/// <summary>
/// The engine's page sizes, the defaults of every collection field (<c>CollectionFieldOptions</c>) and of any other paged
/// field that should page like them (search): the one default page size and the one maximum.
/// </summary>
public static class PageSizes
{
    /// <summary>Page size when the request gives none: 10.</summary>
    public const int Default = 10;

    /// <summary>Largest page a request may ask for: 100.</summary>
    public const int Max = 100;
}
