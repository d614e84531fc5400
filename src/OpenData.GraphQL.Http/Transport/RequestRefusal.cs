using Microsoft.AspNetCore.Http;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>Why a request is refused before execution: the HTTP status, the GraphQL error code and message.</summary>
internal sealed record RequestRefusal(int StatusCode, string Code, string Message)
{
    /// <summary>The value of the <c>Allow</c> header a 405 carries.</summary>
    public string? Allow { get; init; }

    /// <summary>
    /// A well-formed request that cannot be executed: like a validation failure it gets 400 under
    /// <c>application/graphql-response+json</c> and 200 under <c>application/json</c>.
    /// </summary>
    public bool FollowsMediaType { get; init; }

    public int StatusFor(ResponseMediaType mediaType) =>
        FollowsMediaType && mediaType == ResponseMediaType.Json ? StatusCodes.Status200OK : StatusCode;

    public static RequestRefusal MethodNotAllowed(string method, string allow) =>
        new(StatusCodes.Status405MethodNotAllowed, GraphQLHttpErrorCodes.MethodNotAllowed, $"Method {method} is not allowed; use {allow}.")
        {
            Allow = allow,
        };

    public static RequestRefusal NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, GraphQLHttpErrorCodes.NotAcceptable,
            $"None of the Accept header's media types can be produced: accept {ResponseMediaTypes.GraphQLResponseJson} or {ResponseMediaTypes.Json}.");

    public static RequestRefusal Malformed(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidRequest, message);

    public static RequestRefusal NotExecutable(string code, string message) =>
        new(StatusCodes.Status400BadRequest, code, message) { FollowsMediaType = true };
}
