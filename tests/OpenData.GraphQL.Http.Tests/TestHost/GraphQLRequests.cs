using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>Builds GraphQL-over-HTTP requests and reads their answers.</summary>
public static class GraphQLRequests
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    public static HttpRequestMessage Post(object body, string? accept = GraphQLResponseJson) =>
        PostRaw(JsonSerializer.Serialize(body), "application/json", accept);

    public static HttpRequestMessage PostRaw(string body, string? contentType, string? accept = GraphQLResponseJson) =>
        PostBytes(Encoding.UTF8.GetBytes(body), contentType, accept);

    public static HttpRequestMessage PostBytes(byte[] body, string? contentType, string? accept = GraphQLResponseJson)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return WithAccept(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept);
    }

    public static HttpRequestMessage Get(string queryString, string? accept = GraphQLResponseJson) =>
        WithAccept(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString), accept);

    public static string Encode(string value) => Uri.EscapeDataString(value);

    public static async Task<JsonObject> JsonBodyAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException("Empty body: " + text);
    }

    public static async Task<string> FirstErrorCodeAsync(this HttpResponseMessage response)
    {
        var body = await response.JsonBodyAsync();
        return body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(no code) " + body.ToJsonString();
    }

    private static HttpRequestMessage WithAccept(HttpRequestMessage request, string? accept)
    {
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }
}
