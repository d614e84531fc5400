using GraphQL;
using OpenData.Api.Schema.Dataset;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Schema;

/// <summary>Registers the IEM schema and the dataset metadata it publishes.</summary>
public static class SchemaServiceCollectionExtensions
{
    public static IServiceCollection AddOpenDataSchema(this IServiceCollection services, IConfiguration configuration)
    {
        // The entity class is PublicProgram (Program is the host's entry point); its public name is Program.
        EntityGraphNames.Map<PublicProgram>("Program");
        services.AddSingleton(configuration.GetSection(DatasetOptions.Section).Get<DatasetOptions>() ?? new DatasetOptions());
        services.AddSingleton<DatasetMetadata>();
        services.AddSingleton<OpenData.Api.Schema.Releases.ReleaseCatalog>();
        services.AddSingleton<ICacheVersionProvider>(provider => provider.GetRequiredService<DatasetMetadata>());
        services.AddHttpContextAccessor();
        services.AddGraphQL(builder => builder
            .AddSchema<OpenDataSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(QueryType).Assembly));
        return services;
    }
}
