using GraphQL.Types;

namespace OpenData.Api.Collections.Nodes;

/// <summary>Relay's Node: every record type implements it, so node(id:) can refetch any of them.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Un registro que se puede volver a pedir por su identificador global con node(id:) (convención Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identificador global: base64 de «Tipo:slug».");
    }
}
