using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Hosting;

namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>
/// A host of <typeparamref name="TSchema"/> (and the graph types of its assembly) on /graphql, with the endpoint's
/// defaults, rate limiting off and no log; a subclass adds settings (keys of the whole configuration) and services.
/// </summary>
public abstract class SchemaApiFactory<TSchema, TFactory> : WebApplicationFactory<TFactory>
    where TSchema : class, ISchema
    where TFactory : class
{
    /// <summary>Settings added to the defaults (and overriding them).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings() => [];

    /// <summary>Services registered after the endpoint's, so they replace them.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    // The test assembly is not a web project: its binaries folder is the content root.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder()
    {
        var settings = new Dictionary<string, string?> { ["GraphQL:Http:RateLimitingEnabled"] = "false" };
        foreach (var (key, value) in Settings())
        {
            settings[key] = value;
        }

        return new HostBuilder().ConfigureWebHost(web => web
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings))
            .ConfigureLogging(logging => logging.ClearProviders())
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGraphQL(graphql => graphql.AddSchema<TSchema>().AddGraphTypes(typeof(TSchema).Assembly).AddSystemTextJson());
                services.AddGraphQLHttp();
                ConfigureServices(services);
            })
            .Configure(app => app.UseRouting().UseEndpoints(endpoints => endpoints.MapGraphQLHttp("/graphql"))));
    }
}
