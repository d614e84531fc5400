using System.Net;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using OpenData.GraphQL.Http.Hosting;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Hosting;

/// <summary>The endpoint wired the way the API host wires it: WebApplication, configuration and MapGraphQLHttp.</summary>
public sealed class MinimalHostingTests
{
    [Fact]
    public async Task A_web_application_serves_the_endpoint_with_options_from_configuration_and_code()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["GraphQL:Http:MaxDepth"] = "2";
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<ReadOnlyTestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddSystemTextJson());
        builder.Services.AddGraphQLHttp(options => options.RateLimitingEnabled = false);
        await using var app = builder.Build();
        app.MapGraphQLHttp();
        await app.StartAsync();
        var client = app.GetTestClient();

        var shallow = await client.SendAsync(Post(new { query = "{ items(first: 1) { id } }" }));
        var deep = await client.SendAsync(Post(new { query = "{ items(first: 1) { children(first: 1) { id } } }" }));

        Assert.Equal(HttpStatusCode.OK, shallow.StatusCode);
        Assert.Equal("QUERY_TOO_DEEP", await deep.FirstErrorCodeAsync());
    }

    [Fact]
    public void Invalid_options_are_refused_when_the_endpoint_is_mapped()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration["GraphQL:Http:MaxComplexity"] = "0";
        builder.Services.AddGraphQLHttp();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.MapGraphQLHttp());
        Assert.Contains("GraphQL:Http", error.Message, StringComparison.Ordinal);
    }
}
