using GraphQL.Types;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>HotChocolate's <c>IdOperationFilterInput</c>: values are global ids (base64 of <c>Tipo:clave</c>).</summary>
public sealed class IdOperationFilterInputType : InputObjectGraphType
{
    public IdOperationFilterInputType()
    {
        Name = "IdOperationFilterInput";
        Description = "Operaciones de filtro sobre ids globales (los valores del campo `id`).";
        Field<IdGraphType>("eq").Description(FilterDescriptions.IdEq);
        Field<IdGraphType>("neq").Description(FilterDescriptions.IdNeq);
        Field<ListGraphType<IdGraphType>>("in").Description(FilterDescriptions.IdIn);
        Field<ListGraphType<IdGraphType>>("nin").Description(FilterDescriptions.IdNin);
    }
}
