using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenData.GraphQL.Http.Caching;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Execution;
using OpenData.GraphQL.Http.Execution.Rows;
using OpenData.GraphQL.Http.Execution.Values;
using OpenData.GraphQL.Http.KnownDocuments;
using OpenData.GraphQL.Http.Observability;
using OpenData.GraphQL.Http.PersistedQueries;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>Registers the GraphQL-over-HTTP endpoint's services.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Adds the endpoint's services; options come from configuration section <c>GraphQL:Http</c>, then from
    /// <paramref name="configure"/>. The schema and its <c>IDocumentExecuter&lt;ISchema&gt;</c> must be registered
    /// separately (GraphQL.NET's <c>services.AddGraphQL(b =&gt; b.AddSchema&lt;T&gt;())</c>).
    /// </summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, Action<GraphQLHttpOptions>? configure = null)
    {
        var options = services.AddOptions<GraphQLHttpOptions>().BindConfiguration(GraphQLHttpOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options
            .Validate(
                o => o.MaxRequestBodyBytes > 0 && o.MaxDocumentLength > 0 && o.MaxDepth > 0 && o.MaxComplexity > 0
                    && o.ExecutionTimeout > TimeSpan.Zero && o.CacheMaxAgeSeconds >= 0
                    && o.RateLimitPermits > 0 && o.RateLimitWindow > TimeSpan.Zero && o.DocumentCacheSize >= 0
                    && o.MaxResponseBytes > 0 && o.MaxIntrospectionFields >= 0,
                "GraphQL:Http: limits, sizes, timeout and window must be positive (CacheMaxAgeSeconds and DocumentCacheSize may be 0).")
            .ValidateOnStart();

        services.TryAddSingleton<ICacheVersionProvider, StartupCacheVersionProvider>();
        services.TryAddSingleton(provider =>
            new DocumentCache(provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.DocumentCacheSize));
        services.TryAddSingleton(provider =>
        {
            var catalog = new ErrorMessageCatalog().AddEndpointMessages();
            foreach (var contribution in provider.GetServices<ErrorMessagesContribution>())
            {
                contribution.Add(catalog);
            }

            return catalog;
        });
        // A cached document runs no validation rules: validate it from its plan (GraphQL.NET's validator otherwise).
        // Registered after or before GraphQL.NET's own (which it adds with TryRegister), this one is the one resolved.
        services.AddSingleton<IDocumentValidator, KnownDocumentValidator>();
        // GraphQL.NET's executer without its per-request copies of the argument and directive values (unless the
        // application registered an executer of its own).
        if (services.LastOrDefault(d => d.ServiceType == typeof(IDocumentExecuter)) is not { } executer
            || executer.ImplementationType == typeof(DocumentExecuter))
        {
            services.AddSingleton<IDocumentExecuter, ValuesDocumentExecuter>();
        }

        // Queries run on RowExecutionStrategy (GraphQL.NET's parallel strategy, with rows of plain leaves executed as one
        // node), unless CompactRows is off. A query strategy the application registered before this one comes first.
        services.TryAddSingleton<RowExecutionStrategy>();
        services.AddSingleton(provider => new ExecutionStrategyRegistration(
            provider.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.CompactRows
                ? provider.GetRequiredService<RowExecutionStrategy>()
                : ParallelExecutionStrategy.Instance,
            GraphQLParser.AST.OperationType.Query));
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLHttpMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<MatcherPolicy, BrowserFallThroughMatcherPolicy>());
        services.AddCors(cors => cors.AddPolicy(GraphQLCors.PolicyName, GraphQLCors.Configure));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Adds an application's error texts (its own codes, in both languages) to the endpoint's
    /// <see cref="ErrorMessageCatalog"/>: Spanish by default, English with <c>Accept-Language: en</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLErrorMessages(this IServiceCollection services, Action<ErrorMessageCatalog> add) =>
        services.AddSingleton(new ErrorMessagesContribution(add));

    /// <summary>Adds a delegate that adjusts every request's <see cref="ExecutionOptions"/> (see <see cref="IExecutionOptionsConfigurator"/>).</summary>
    public static IServiceCollection AddGraphQLExecutionOptions(this IServiceCollection services, Action<ExecutionOptions, HttpContext> configure) =>
        services.AddSingleton<IExecutionOptionsConfigurator>(new DelegateExecutionOptionsConfigurator(configure));
}
