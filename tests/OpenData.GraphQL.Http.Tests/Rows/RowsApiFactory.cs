using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Execution.Rows;
using OpenData.GraphQL.Http.Hosting;

namespace OpenData.GraphQL.Http.Tests.Rows;

/// <summary>
/// A host of <see cref="RowsSchema"/> on /graphql; with <see cref="GraphQLNetExecution"/>, GraphQL.NET's own
/// <c>DocumentExecuter</c> and <c>ParallelExecutionStrategy</c> run every query and <c>JsonSerializer</c> with
/// <c>ResultJsonConverter</c> writes every result: the oracle of the rows and of <c>ResultWriter</c>.
/// </summary>
public sealed class RowsApiFactory : WebApplicationFactory<RowsApiFactory>
{
    public bool GraphQLNetExecution { get; init; }

    public bool CompactRows => !GraphQLNetExecution;

    /// <summary>How many list items the host executed as rows so far.</summary>
    public long RowsExecuted => Services.GetRequiredService<RowExecutionStrategy>().RowsExecuted;

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["GraphQL:Http:RateLimitingEnabled"] = "false",
                    ["GraphQL:Http:CompactRows"] = CompactRows ? "true" : "false",
                    // The oracle also writes its results as before: through JsonSerializer and ResultJsonConverter.
                    ["GraphQL:Http:WriteResultsDirectly"] = CompactRows ? "true" : "false",
                }))
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGraphQL(graphql => graphql.AddSchema<RowsSchema>().AddGraphTypes(typeof(RowsSchema).Assembly).AddSystemTextJson());
                services.AddGraphQLHttp();
                if (GraphQLNetExecution)
                {
                    services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
                }
            })
            .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQLHttp("/graphql"))));
}
