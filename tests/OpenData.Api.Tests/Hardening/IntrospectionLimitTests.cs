using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 2 (introspection is free, so a 4 KB request answered 75 MB): the reported request (200 aliases of a full
/// <c>__schema</c> fragment) is refused before execution, an explorer's single introspection is served, and an
/// answer above GraphQL:Http:MaxResponseBytes is refused instead of sent.
/// </summary>
public sealed class IntrospectionLimitTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string FullSchema = "fragment S on __Schema { types { name kind fields(includeDeprecated: true) { name args { name type { name kind ofType { name kind } } } type { name kind ofType { name kind } } } inputFields { name } enumValues { name } } }";

    [Fact]
    public async Task Two_hundred_aliases_of_the_full_schema_are_refused_before_execution()
    {
        var query = new StringBuilder("query {");
        for (var i = 0; i < 200; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $" a{i}: __schema {{ ...S }}");
        }

        query.Append(" } ").Append(FullSchema);
        using var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = query.ToString() });
        var text = await response.Content.ReadAsStringAsync();
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal("INTROSPECTION_LIMIT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.True(text.Length < 1000, $"{text.Length} characters");
    }

    [Fact]
    public async Task One_full_introspection_is_served()
    {
        using var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "query { __schema { ...S } } " + FullSchema });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.False(body.TryGetProperty("errors", out _));
        Assert.True(body.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
    }

    [Fact]
    public async Task An_answer_above_the_size_limit_is_refused_instead_of_sent()
    {
        using var small = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:Http:MaxResponseBytes", "20000"));
        using var response = await small.CreateClient().PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "query { __schema { ...S } } " + FullSchema });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("RESPONSE_TOO_LARGE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }
}
