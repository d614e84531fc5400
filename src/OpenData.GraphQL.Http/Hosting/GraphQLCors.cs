using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>CORS for a public read-only API: any origin, GET and POST, any request header, no credentials.</summary>
internal static class GraphQLCors
{
    public const string PolicyName = "OpenData.GraphQL.Http";

    public static void Configure(CorsPolicyBuilder policy) => policy
        .AllowAnyOrigin()
        .WithMethods("GET", "POST")
        .AllowAnyHeader()
        .WithExposedHeaders(HeaderNames.ETag, HeaderNames.RetryAfter, ResponseHeaders.RequestId)
        .SetPreflightMaxAge(TimeSpan.FromHours(1));
}
