using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Http;

/// <summary>The default limits let every README example through (see ExampleQueryTests) and refuse bombs before execution.</summary>
public sealed class ApiLimitsTests(CountingApiFactory factory) : IClassFixture<CountingApiFactory>
{
    [Fact]
    public async Task Nested_first_100_bomb_is_refused_before_touching_the_database()
    {
        var (status, body) = await PostAsync("""
            { sources(first: 100) { nodes { conflicts { claims { sources { conflicts { claims { sources { title } } } } } } } } }
            """);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(body));
        Assert.DoesNotContain(factory.Sql.Commands, c => !c.Contains("DatasetInfo", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alias_bomb_is_refused()
    {
        var aliases = new StringBuilder("{");
        for (var i = 0; i < 60; i++)
        {
            aliases.Append(System.Globalization.CultureInfo.InvariantCulture, $" a{i}: historyEvents(first: 100) {{ nodes {{ title sources {{ url }} }} }}");
        }

        var (status, body) = await PostAsync(aliases.Append(" }").ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("QUERY_TOO_COMPLEX", Code(body));
    }

    [Fact]
    public async Task Page_size_over_the_maximum_is_a_field_error_and_the_rest_resolves()
    {
        var (status, body) = await PostAsync("{ sources(first: 101) { nodes { title } } institution { slug } }");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("MAX_PAGE_SIZE_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal("iem-durango", body.GetProperty("data").GetProperty("institution").GetProperty("slug").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string query)
    {
        factory.Sql.Clear();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body);
    }

    private static string? Code(JsonElement body) => body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
}
