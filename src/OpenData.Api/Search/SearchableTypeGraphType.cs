using GraphQL.Types;

namespace OpenData.Api.Search;

/// <summary><c>SearchableType</c>: one value per searchable collection; its internal value is the GraphQL type name.</summary>
public sealed class SearchableTypeGraphType : EnumerationGraphType
{
    public SearchableTypeGraphType()
    {
        Name = "SearchableType";
        Description = "Tipo de registro que la búsqueda de texto (`search`) cubre: uno por colección.";
        foreach (var collection in SearchableCollections.All)
        {
            Add(collection.EnumName, collection.TypeName, collection.Description);
        }
    }
}
