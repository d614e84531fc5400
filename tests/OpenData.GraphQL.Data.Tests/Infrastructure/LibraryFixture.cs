using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Data.Aggregates;
using OpenData.GraphQL.Data.Connections;
using OpenData.GraphQL.Data.Contexts;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Data.Tests.Model;
using OpenData.GraphQL.Data.TextFolding;
using OpenData.Testing.Files;

namespace OpenData.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// A seeded library behind a GraphQL.NET schema that uses the engine: in a SQLite file by default, or in the store
/// another constructor's <c>useStore</c> configures (the PostgreSQL variant in Postgres/).
/// </summary>
public sealed class LibraryFixture : IDisposable
{
    private readonly TempDirectory directory = TempDirectory.Create("gql-data");
    private readonly ServiceProvider services;
    private readonly bool sqlite;

    public LibraryFixture()
        : this(null)
    {
    }

    /// <summary>The library in the store <paramref name="useStore"/> selects (an empty database); null for a SQLite file.</summary>
    internal LibraryFixture(Action<DbContextOptionsBuilder>? useStore)
        : this(useStore, null)
    {
    }

    /// <summary>The library in a SQLite file (or <paramref name="useStore"/>), with the engine's options set by <paramref name="engine"/>.</summary>
    internal LibraryFixture(Action<DbContextOptionsBuilder>? useStore, Action<QueryEngineOptions>? engine)
    {
        (Authors, Books, Reviews, Tags) = LibraryData.Create(seed: 20260101);
        sqlite = useStore is null;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = directory.PathOf("library.db"), Pooling = false }.ToString();
        // As the API serves SQLite: the engine's contexts run on pooled open connections and their prepared statements.
        useStore ??= o => o.UseSqlite(connectionString).UseServingConnections();
        var collection = new ServiceCollection();
        collection.AddSingleton(Log);
        collection.AddDbContextFactory<LibraryDb>(o => useStore(o.UseTextFolding().UsePlainAggregates().AddInterceptors(Log)));
        collection.AddQueryEngine<LibraryDb>(engine);
        collection.AddGraphQL(b => b.AddSchema<LibrarySchema>().AddSystemTextJson().AddGraphTypes(typeof(LibraryFixture).Assembly));
        services = collection.BuildServiceProvider();

        using (var db = services.GetRequiredService<IDbContextFactory<LibraryDb>>().CreateDbContext())
        {
            db.Database.EnsureCreated();
            db.Tags.AddRange(Tags);
            db.Authors.AddRange(Authors);
            db.Books.AddRange(Books);
            db.Reviews.AddRange(Reviews);
            db.SaveChanges();
        }

        Log.Clear();
    }

    public SqlLog Log { get; } = new();

    public List<Author> Authors { get; }

    public List<Book> Books { get; }

    public List<Review> Reviews { get; }

    public List<Tag> Tags { get; }

    public ISchema Schema => services.GetRequiredService<ISchema>();

    /// <summary>The engine's context source (its pool of open SQLite connections).</summary>
    internal IDataContextSource Contexts => services.GetRequiredService<IDataContextSource>();

    /// <summary>The SQLite file, when the store is one.</summary>
    internal string? DatabasePath => sqlite ? directory.PathOf("library.db") : null;

    /// <summary>The engine's plan cache of this fixture's service provider.</summary>
    internal CollectionPlans Plans => services.GetRequiredService<CollectionPlans>();

    public Task<JsonElement> ExecuteAsync(string query, object? variables = null) => ExecuteAsync(query, null, variables);

    /// <summary>Executes an already parsed <paramref name="document"/> (as a server's document cache hands it over) of <paramref name="query"/>.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, GraphQLParser.AST.GraphQLDocument? document, object? variables)
    {
        using var scope = services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var inputs = variables is null
            ? null
            : scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Deserialize<Inputs>(JsonSerializer.Serialize(variables));
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            Document = document,
            Variables = inputs,
            RequestServices = scope.ServiceProvider,
        });
        var json = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public void Dispose()
    {
        services.Dispose();
        if (sqlite)
        {
            SqliteConnection.ClearAllPools();
        }

        directory.Dispose();
    }
}
