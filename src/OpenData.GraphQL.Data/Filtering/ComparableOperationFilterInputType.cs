using GraphQL.Types;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>HotChocolate's comparable operation input: eq neq in nin gt ngt gte ngte lt nlt lte nlte.</summary>
public abstract class ComparableOperationFilterInputType<TScalar> : InputObjectGraphType
    where TScalar : ScalarGraphType
{
    protected ComparableOperationFilterInputType(string name, string scalarDescription)
    {
        Name = name;
        Description = FilterDescriptions.Operations(scalarDescription);
        Field<TScalar>("eq").Description(FilterDescriptions.Eq);
        Field<TScalar>("neq").Description(FilterDescriptions.Neq);
        Field<ListGraphType<TScalar>>("in").Description(FilterDescriptions.In);
        Field<ListGraphType<TScalar>>("nin").Description(FilterDescriptions.Nin);
        Field<TScalar>("gt").Description(FilterDescriptions.Gt);
        Field<TScalar>("ngt").Description(FilterDescriptions.Ngt);
        Field<TScalar>("gte").Description(FilterDescriptions.Gte);
        Field<TScalar>("ngte").Description(FilterDescriptions.Ngte);
        Field<TScalar>("lt").Description(FilterDescriptions.Lt);
        Field<TScalar>("nlt").Description(FilterDescriptions.Nlt);
        Field<TScalar>("lte").Description(FilterDescriptions.Lte);
        Field<TScalar>("nlte").Description(FilterDescriptions.Nlte);
    }
}
