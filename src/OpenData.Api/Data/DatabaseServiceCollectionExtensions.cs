using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenData.Api.Search;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.GraphQL.Data.Aggregates;
using OpenData.GraphQL.Data.Connections;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Plans;

namespace OpenData.Api.Data;

/// <summary>The read-only dataset: options, the pooled DbContext factory the query engine uses, and the start-up build.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>
    /// The dataset's services. <paramref name="diagnoseNow"/> (the serving host): begin the start-up diagnosis of the
    /// store (with SQLite's integrity check) on another thread now, overlapping the rest of the host's build
    /// (<see cref="StartupDiagnosis"/>); start-up still waits for its verdict.
    /// </summary>
    public static IServiceCollection AddOpenDataDatabase(this IServiceCollection services, IConfiguration configuration, bool diagnoseNow = false)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var postgres = options.IsPostgres;
        _ = options.StartupCheck; // a value it does not name stops start-up here, in one line

        services.AddSingleton(options);
        if (diagnoseNow)
        {
            services.AddSingleton(StartupDiagnosis.Begin(options));
        }

        if (!postgres && options.SqliteMemoryLimitMiB > 0)
        {
            // Process-wide: it bounds the page caches of every SQLite connection together.
            SQLitePCL.Batteries_V2.Init();
            SQLitePCL.raw.sqlite3_soft_heap_limit64(options.SqliteMemoryLimitMiB * 1024L * 1024L);
        }

        // The compiled model's objects are built on another thread while the host goes on building (the first context,
        // in the schema's warm-up, finds them ready or waits for the rest).
        var model = Task.Run(() => ServingModel.For(postgres));

        services.AddPooledDbContextFactory<OpenDataDbContext>((provider, builder) =>
        {
            ConfigureServing(builder, options);

            // The serving model, compiled by the build (ServingModel): building it at run time cost about 1 s of CPU
            // before the first answer.
            if (model.Result is { } compiled)
            {
                builder.UseModel(compiled);
            }

            // A failing query reaches the request's own error handling, which logs it once with the request id:
            // EF Core's own error entries for it would be a second stack trace.
            builder.ConfigureWarnings(warnings => warnings.Log(
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug)));

            // Interceptors registered in DI (diagnostics, the tests' SQL counter) see every command.
            builder.AddInterceptors(provider.GetServices<IInterceptor>());

            // Each resolver leases its own context for one statement at a time: EF Core's check that a context is not
            // used by two threads at once (an AsyncLocal set and cleared around every query) only costs here.
            builder.EnableThreadSafetyChecks(false);
        });
        // QueryEngine:PlanCacheSize bounds the cache of collection plans (one per query shape); ServingConnections and
        // StatementCacheSize the open SQLite connections and the prepared statements each keeps.
        services.AddQueryEngine<OpenDataDbContext>(engine => configuration.GetSection(QueryEngineOptions.SectionName).Bind(engine));
        services.TryAddSingleton<DatasetIntegrity>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DatasetStartup>();
        return services;
    }

    /// <summary>
    /// What every context that reads or writes the dataset needs: the engine's accent-folded text columns, the Spanish
    /// collation on SQLite connections, and the search index the build writes (contexts that only read ignore build steps).
    /// </summary>
    public static void ConfigureModel(DbContextOptionsBuilder builder) =>
        builder.UseDatasetModel().AddDatasetBuildStep(SearchIndexBuildStep.Instance);

    /// <summary>
    /// The serving contexts' options: read-only, on the configured provider, with the dataset's model conventions; without
    /// their model, which the build compiles from the same provider and conventions (<see cref="ServingModel"/>).
    /// </summary>
    internal static void ConfigureServing(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        if (options.IsPostgres)
        {
            ConfigureReadOnlyPostgres(builder, options.ResolvedConnectionString);
        }
        else
        {
            ConfigureReadOnly(builder, options.ResolvedPath);
        }
    }

    private static void ConfigureReadOnly(DbContextOptionsBuilder builder, string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly };
        builder.UseSqlite(connection.ToString());
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        builder.UsePlainAggregates();

        // The engine's contexts run on a few long-lived connections and their prepared statements (QueryEngine:ServingConnections, StatementCacheSize).
        builder.UseServingConnections();
        ConfigureModel(builder);
    }

    /// <summary>The schema <c>opendata</c>, in sessions whose transactions are read-only (see <see cref="PostgresDataset.ServingConnectionString"/>).</summary>
    private static void ConfigureReadOnlyPostgres(DbContextOptionsBuilder builder, string connectionString)
    {
        builder.UseNpgsql(PostgresDataset.ServingConnectionString(connectionString));
        builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        builder.UsePlainAggregates();

        // The engine's contexts each hold one of a few open connections (QueryEngine:ServingConnections), so a request's
        // statements do not open and close a pooled connection each.
        builder.UseServingConnections();
        ConfigureModel(builder);
    }
}
