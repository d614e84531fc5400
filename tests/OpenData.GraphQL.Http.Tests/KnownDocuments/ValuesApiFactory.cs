using GraphQL;
using GraphQL.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Hosting;

namespace OpenData.GraphQL.Http.Tests.KnownDocuments;

/// <summary>
/// A host of <see cref="ValuesSchema"/> on /graphql; with <see cref="GraphQLNetValidator"/>, every document (cached or
/// not) is validated by GraphQL.NET's own <see cref="DocumentValidator"/>: the oracle of the endpoint's validator.
/// </summary>
public sealed class ValuesApiFactory : WebApplicationFactory<ValuesApiFactory>
{
    public bool GraphQLNetValidator { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
                new Dictionary<string, string?> { ["GraphQL:Http:RateLimitingEnabled"] = "false" }))
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGraphQL(graphql => graphql.AddSchema<ValuesSchema>().AddGraphTypes(typeof(ValuesSchema).Assembly).AddSystemTextJson());
                services.AddGraphQLHttp();
                if (GraphQLNetValidator)
                {
                    services.AddSingleton<IDocumentValidator, DocumentValidator>();
                }
            })
            .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQLHttp("/graphql"))));
}
