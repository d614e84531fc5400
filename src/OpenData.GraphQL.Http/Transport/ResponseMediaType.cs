namespace OpenData.GraphQL.Http.Transport;

/// <summary>The two media types a GraphQL response can be labelled with.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c>: the legacy type, and the answer to <c>*/*</c> or no Accept.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: the GraphQL-over-HTTP type.</summary>
    GraphQLResponseJson,
}

internal static class ResponseMediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static string ContentType(this ResponseMediaType mediaType) => mediaType switch
    {
        ResponseMediaType.GraphQLResponseJson => GraphQLResponseJson + "; charset=utf-8",
        _ => Json + "; charset=utf-8",
    };
}
