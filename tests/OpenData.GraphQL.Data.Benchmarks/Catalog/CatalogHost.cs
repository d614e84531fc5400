using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.GraphQL.Data.Benchmarks.Catalog;

/// <summary>The GraphQL.NET schema over the catalog, executed as a host would.</summary>
public sealed class CatalogHost : IDisposable
{
    private readonly ServiceProvider services;
    private readonly IGraphQLTextSerializer serializer;

    public CatalogHost()
    {
        CatalogDatabase.EnsureCreated();
        var collection = new ServiceCollection();
        collection.AddDbContextFactory<CatalogDb>(o => o.UseSqlite(CatalogDatabase.ConnectionString).UseTextFolding());
        collection.AddQueryEngine<CatalogDb>();
        collection.AddGraphQL(b => b.AddSchema<CatalogSchema>().AddSystemTextJson().AddGraphTypes(typeof(CatalogHost).Assembly));
        services = collection.BuildServiceProvider();
        services.GetRequiredService<ISchema>().Initialize();
        serializer = services.GetRequiredService<IGraphQLTextSerializer>();
    }

    public IServiceProvider Services => services;

    public async Task<string> ExecuteAsync(string query, Inputs? variables = null)
    {
        using var scope = services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Variables = variables,
            RequestServices = scope.ServiceProvider,
        }).ConfigureAwait(false);
        var json = serializer.Serialize(result);
        return result.Errors is { Count: > 0 } ? throw new InvalidOperationException(json) : json;
    }

    public Inputs Variables(string json) => serializer.Deserialize<Inputs>(json)!;

    public void Dispose() => services.Dispose();
}
