using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Errors;

/// <summary>An address the server has nothing at answers a coded 404 that says where things are, not an empty body.</summary>
public sealed class UnknownAddressTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("GET", "/grapql", "/grapql")]
    [InlineData("POST", "/api/graphql", "/api/graphql")]
    [InlineData("GET", "/explorer/nope.js", "/explorer/nope.js")]
    [InlineData("GET", "/ide/assets/index-00000000.js", "/ide/assets/index-00000000.js")]
    [InlineData("GET", "/registros%20viejos/año", "/registros%20viejos/a%C3%B1o")]
    public async Task An_unknown_address_is_a_coded_404_naming_it_and_where_the_api_is(string method, string path, string shown)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await client.SendAsync(request);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            $"No hay nada en «{shown}». La API GraphQL está en /graphql; el explorador, en /; el IDE, en /ide/; las descargas, en /export/…; el catálogo, en /catalog.json.",
            error.GetProperty("message").GetString());
        Assert.Equal(response.Headers.GetValues("X-Request-Id").Single(), error.GetProperty("extensions").GetProperty("requestId").GetString());
    }

    [Fact]
    public async Task The_message_is_in_english_on_request_and_a_long_path_is_cut()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/" + new string('x', 300), UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await client.SendAsync(request);
        var message = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(
            $"There is nothing at «/{new string('x', 199)}…». The GraphQL API is at /graphql; the explorer, at /; the IDE, at /ide/; the downloads, at /export/…; the catalogue, at /catalog.json.",
            message);
    }

    [Fact]
    public async Task A_known_address_asked_with_another_method_keeps_405_and_known_addresses_still_answer()
    {
        using var client = factory.CreateClient();

        using var wrongMethod = await client.PostAsync(new Uri("/catalog.json", UriKind.Relative), new StringContent(""));
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var explorer = await client.GetAsync(new Uri("/explorer/explorer.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, explorer.StatusCode);
    }
}
