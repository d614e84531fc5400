using GraphQL.Types;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>HotChocolate's <c>StringOperationFilterInput</c>, with accent- and case-insensitive text matching.</summary>
public sealed class StringOperationFilterInputType : InputObjectGraphType
{
    public StringOperationFilterInputType()
    {
        Name = "StringOperationFilterInput";
        Description = "Operaciones de filtro sobre texto. `eq`, `neq`, `in` y `nin` son exactas; `contains`, "
            + "`startsWith`, `endsWith` y sus negaciones ignoran mayúsculas y acentos.";
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("and").Description(FilterDescriptions.And);
        Field<ListGraphType<NonNullGraphType<StringOperationFilterInputType>>>("or").Description(FilterDescriptions.Or);
        Field<StringGraphType>("eq").Description(FilterDescriptions.Eq);
        Field<StringGraphType>("neq").Description(FilterDescriptions.Neq);
        Field<StringGraphType>("contains").Description(FilterDescriptions.Contains);
        Field<StringGraphType>("ncontains").Description(FilterDescriptions.NContains);
        Field<ListGraphType<StringGraphType>>("in").Description(FilterDescriptions.In);
        Field<ListGraphType<StringGraphType>>("nin").Description(FilterDescriptions.Nin);
        Field<StringGraphType>("startsWith").Description(FilterDescriptions.StartsWith);
        Field<StringGraphType>("nstartsWith").Description(FilterDescriptions.NStartsWith);
        Field<StringGraphType>("endsWith").Description(FilterDescriptions.EndsWith);
        Field<StringGraphType>("nendsWith").Description(FilterDescriptions.NEndsWith);
    }
}
