using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>Posts GraphQL requests to /graphql as any client would.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The response's data, failing the test with the errors when there are any.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var result = await PostAsync(query, variables);
        if (result.TryGetProperty("errors", out var errors))
        {
            Assert.Fail("GraphQL errors: " + errors.GetRawText());
        }

        return result.GetProperty("data");
    }

    /// <summary>Pretty, stable JSON for snapshots.</summary>
    public static string Pretty(JsonElement element) =>
        JsonNode.Parse(element.GetRawText())!.ToJsonString(new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }).ReplaceLineEndings("\n") + "\n";
}
