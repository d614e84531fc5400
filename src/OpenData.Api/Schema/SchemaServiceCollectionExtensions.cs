using GraphQL;
using OpenData.Api.Collections;
using OpenData.Api.Dataset;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Schema;

/// <summary>Registers the IEM schema and the dataset metadata it publishes.</summary>
public static class SchemaServiceCollectionExtensions
{
    /// <summary>Starts the schema's one-time build in the background now that the services exist (see <see cref="SchemaWarmUp"/>).</summary>
    public static void WarmUpOpenDataSchema(this IServiceProvider services) => services.GetRequiredService<SchemaWarmUp>().Start();

    public static IServiceCollection AddOpenDataSchema(this IServiceCollection services, IConfiguration configuration)
    {
        // Each entity is published under its collection's public type name (PublicProgram as Program, for one).
        foreach (var collection in ApiCollections.All)
        {
            collection.MapGraphName();
        }

        services.AddSingleton(configuration.GetSection(DatasetOptions.Section).Get<DatasetOptions>() ?? new DatasetOptions());
        services.AddSingleton<DatasetMetadata>();
        services.AddSingleton<OpenData.Api.Schema.Releases.ReleaseCatalog>();
        services.AddSingleton<ICacheVersionProvider>(provider => provider.GetRequiredService<DatasetMetadata>());
        services.AddHttpContextAccessor();
        services.AddGraphQL(builder => builder
            .AddSchema<OpenDataSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(QueryType).Assembly));
        services.AddSingleton<SchemaWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<SchemaWarmUp>());
        return services;
    }
}
