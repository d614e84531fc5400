namespace OpenData.GraphQL.Http.Transport;

/// <summary>The endpoint's own response headers, written by every answer it gives (GraphQL results and error bodies).</summary>
internal static class ResponseHeaders
{
    /// <summary>The request id, also in an error's <c>extensions.requestId</c> and in the logs.</summary>
    public const string RequestId = "X-Request-Id";
}
