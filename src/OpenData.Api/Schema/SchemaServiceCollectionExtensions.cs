using GraphQL;
using OpenData.Api.Collections;
using OpenData.Api.Dataset;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Schema;

/// <summary>Registers the IEM schema and the dataset metadata it publishes.</summary>
public static class SchemaServiceCollectionExtensions
{
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
        services.AddHostedService<SchemaWarmUp>();
        return services;
    }
}
