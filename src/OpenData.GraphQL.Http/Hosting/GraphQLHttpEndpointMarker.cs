namespace OpenData.GraphQL.Http.Hosting;

/// <summary>Endpoint metadata that marks the GraphQL-over-HTTP endpoint, for the browser fall-through policy.</summary>
internal sealed class GraphQLHttpEndpointMarker
{
    public static readonly GraphQLHttpEndpointMarker Instance = new();
}
