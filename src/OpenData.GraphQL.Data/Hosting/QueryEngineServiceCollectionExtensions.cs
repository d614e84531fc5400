using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.GraphQL.Data.Aggregates;
using OpenData.GraphQL.Data.Connections;
using OpenData.GraphQL.Data.Contexts;
using OpenData.GraphQL.Data.Filtering;
using OpenData.GraphQL.Data.Paging;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Data.Scalars;
using OpenData.GraphQL.Data.Sorting;

namespace OpenData.GraphQL.Data.Hosting;

/// <summary>Registration of the query engine.</summary>
public static class QueryEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine over <typeparamref name="TContext"/>. Requires an <see cref="IDbContextFactory{TContext}"/>
    /// (<c>AddDbContextFactory</c> or <c>AddPooledDbContextFactory</c>); every resolver and batch uses its own context.
    /// </summary>
    /// <typeparam name="TContext">The application's DbContext.</typeparam>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the engine's options (e.g. bound from configuration); defaults otherwise.</param>
    public static IServiceCollection AddQueryEngine<TContext>(this IServiceCollection services, Action<QueryEngineOptions>? configure = null)
        where TContext : DbContext
    {
        var options = new QueryEngineOptions();
        configure?.Invoke(options);
        services.TryAddSingleton<IDataContextSource, DbContextFactorySource<TContext>>();
        services.TryAddSingleton(options);

        // Disposed with the container: closes the open SQLite connections.
        services.TryAddSingleton(_ => new ServingConnectionPool(options.ServingConnections, options.StatementCacheSize));
        services.TryAddSingleton<CollectionPlans>();
        Type[] shared =
        [
            typeof(StringOperationFilterInputType), typeof(BooleanOperationFilterInputType), typeof(IdOperationFilterInputType),
            typeof(ShortOperationFilterInputType), typeof(IntOperationFilterInputType), typeof(LongOperationFilterInputType),
            typeof(FloatOperationFilterInputType), typeof(DecimalOperationFilterInputType), typeof(DateTimeOperationFilterInputType),
            typeof(LocalDateOperationFilterInputType), typeof(LocalDateGraphType), typeof(SortEnumGraphType),
            typeof(PageInfoGraphType), typeof(CollectionSegmentInfoGraphType),
        ];
        foreach (var type in shared)
        {
            services.TryAddTransient(type);
        }

        services.TryAddTransient(typeof(FilterInputGraphType<>));
        services.TryAddTransient(typeof(ListFilterInputGraphType<>));
        services.TryAddTransient(typeof(ListOperationFilterInputGraphType<>));
        services.TryAddTransient(typeof(EnumOperationFilterInputType<>));
        services.TryAddTransient(typeof(SortInputGraphType<>));
        Type[] aggregates =
        [
            typeof(AggregatesGraphType<>), typeof(GroupGraphType<>), typeof(SumAggregatesGraphType<>), typeof(AvgAggregatesGraphType<>),
            typeof(MinMaxAggregatesGraphType<>), typeof(GroupKeysGraphType<>), typeof(GroupByGraphType<>),
        ];
        foreach (var type in aggregates)
        {
            services.TryAddTransient(type);
        }

        return services;
    }

    /// <summary>
    /// Maps <see cref="DateOnly"/> to the <c>LocalDate</c> scalar (HotChocolate 15) and gives the <c>Decimal</c>,
    /// <c>Long</c> and <c>DateTime</c> scalars Spanish descriptions.
    /// </summary>
    public static ISchema UseQueryEngineScalars(this ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterTypeMapping<DateOnly, LocalDateGraphType>();
        schema.RegisterType(new DecimalGraphType { Description = "Número decimal exacto (por ejemplo importes)." });
        schema.RegisterType(new LongGraphType { Description = "Entero con signo de 64 bits." });
        schema.RegisterType(new DateTimeGraphType { Description = "Fecha y hora en formato ISO 8601 (por ejemplo `2024-03-31T12:00:00Z`)." });
        return schema;
    }
}
