using GraphQL;
using GraphQL.Types;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;

namespace OpenData.Api.Collections;

/// <summary>
/// One collection as the API publishes it, declared once in its feature folder (in one file with its GraphQL type, a
/// <see cref="Common.RecordGraphType{T}"/>) as a static <c>Declaration</c>, which <see cref="ApiCollections.All"/> finds and
/// orders by the Domain's list: its name, public type name, GraphQL type, Query fields, export columns, search text and the
/// period it covers. Every per-collection list of the API (Query fields, node resolution, exports, catalogue,
/// search, dataset counts, record pages) is read from these declarations.
/// </summary>
internal abstract class ApiCollection(CollectionDeclaration domain, string title)
{
    /// <summary>The Domain's declaration of the collection: its name, entity, public type name, children and seed.</summary>
    public CollectionDeclaration Domain { get; } = domain;

    /// <summary>The collection name, as in seed/, the downloads (/export/&lt;name&gt;.csv) and the dataset counts.</summary>
    public string Name => Domain.Name;

    /// <summary>The public type name (from the Domain): GraphQL type, global ids, search documents, provenance and publications.</summary>
    public string TypeName => Domain.TypeName;

    /// <summary>Spanish title of the collection's downloads in the catalogue and the explorer.</summary>
    public string Title { get; } = title;

    public abstract Type GraphType { get; }

    /// <summary>The Query fields (collection and by id); null for a child collection, reached through its parent.</summary>
    public CollectionRoot? Root { get; init; }

    /// <summary>The by-id field of the Query root: <c>HistoryEvent</c> → <c>historyEvent</c>; null for a child collection.</summary>
    public string? ByIdField => Root is null ? null : char.ToLowerInvariant(TypeName[0]) + TypeName[1..];

    /// <summary>The download of this collection.</summary>
    public abstract IExportTable Export { get; }

    /// <summary>The <c>SearchableType</c> description; null when the search does not cover the collection.</summary>
    public abstract string? SearchDescription { get; }

    /// <summary>The record of this collection with <paramref name="slug"/>, batched with the other loads of the level.</summary>
    public abstract object Load(IResolveFieldContext context, string slug);

    /// <summary>
    /// A record of this collection that holds only <paramref name="slug"/> (its other members are their defaults), for a
    /// selection that reads nothing but <c>id</c> and <c>__typename</c> (which need only the type and the slug); null when
    /// the entity cannot be made so (no public parameterless constructor or no settable <c>Id</c>).
    /// </summary>
    public abstract object? Identity(string slug);

    /// <summary>Adds the paged collection field (and the collection's other root fields) to the query root; nothing for a child collection.</summary>
    public abstract void AddCollectionField(ObjectGraphType query);

    /// <summary>Adds the by-id field to the query root; nothing for a child collection.</summary>
    public abstract void AddByIdField(ObjectGraphType query);

    /// <summary>The slug and search text of every record, in slug order, streamed (none when the search does not cover the collection).</summary>
    public abstract IAsyncEnumerable<(string Slug, SearchText Text)> SearchTexts(OpenDataDbContext db);

    /// <summary>The first and last day the collection's records cover (both null when it declares no dates or has no records).</summary>
    public abstract Task<(DateOnly? Start, DateOnly? End)> ReadCoverageAsync(OpenDataDbContext db, CancellationToken cancellationToken);

    /// <summary>Publishes the entity type under <see cref="TypeName"/> in the query engine (filter/sort inputs, global ids).</summary>
    public abstract void MapGraphName();
}
