namespace OpenData.GraphQL.Data.Sorting;

/// <summary>CLR value of HotChocolate's <c>SortEnumType</c>.</summary>
public enum SortDirection
{
    Ascending,
    Descending,
}
