using GraphQL.Types;

namespace OpenData.GraphQL.Data.Sorting;

/// <summary>HotChocolate's shared <c>enum SortEnumType { ASC DESC }</c>.</summary>
public sealed class SortEnumGraphType : EnumerationGraphType
{
    public SortEnumGraphType()
    {
        Name = "SortEnumType";
        Description = "Sentido de la ordenación. Los valores nulos van primero en ASC y al final en DESC.";
        Add("ASC", SortDirection.Ascending, "Ascendente (de menor a mayor).");
        Add("DESC", SortDirection.Descending, "Descendente (de mayor a menor).");
    }
}
