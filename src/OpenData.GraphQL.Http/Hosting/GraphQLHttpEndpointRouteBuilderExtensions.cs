using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenData.GraphQL.Http.Execution;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the endpoint on <paramref name="pattern"/> for every method (GET and POST are served, others get
    /// 405), behind its own CORS policy and, unless switched off, its per-address rate limiter. Needs
    /// <see cref="GraphQLHttpServiceCollectionExtensions.AddGraphQLHttp"/>. A browser navigation falls through
    /// to another endpoint mapped on the same pattern when one exists (<see cref="GraphQLHttpOptions.BrowserRequestsFallThrough"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp(
        this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string pattern = "/graphql")
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value;
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();

        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseCors(GraphQLCors.PolicyName);
        if (options.RateLimitingEnabled)
        {
            pipeline.Use(GraphQLRateLimiting.Create(options, endpoints.ServiceProvider));
        }

        pipeline.Run(handler.HandleAsync);

        var builder = endpoints.Map(pattern, pipeline.Build())
            .WithDisplayName("GraphQL over HTTP")
            .WithMetadata(GraphQLHttpEndpointMarker.Instance);

        // Ahead of other endpoints on the same pattern; the fall-through policy steps aside for browsers.
        builder.Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = -1);
        return builder;
    }
}
