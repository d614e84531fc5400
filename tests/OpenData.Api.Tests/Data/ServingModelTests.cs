using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Data;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// The serving contexts run on the compiled EF Core model the build generates (<see cref="ServingModel"/>, never
/// committed), and that model is the one EF Core builds at run time from the serving options: the same entity types,
/// properties, keys, indexes, relations and annotations, the same tables and columns.
/// </summary>
public sealed partial class ServingModelTests
{
    public static TheoryData<string> Providers => new() { DatabaseOptions.Sqlite, DatabaseOptions.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_serving_contexts_use_the_compiled_model(string provider)
    {
        var compiled = ServingModel.For(provider == DatabaseOptions.Postgres);
        Assert.True(compiled is not null, "the build generated no compiled model (src/OpenData.Api.csproj, GenerateServingModel)");
        Assert.Equal("OpenData.Api.Data.CompiledModels." + provider, compiled.GetType().Namespace);

        Assert.Same(compiled, ServingContextModel(provider));
    }

    [Fact]
    public async Task The_served_API_runs_on_the_compiled_model()
    {
        using var factory = new ApiFactory();
        _ = factory.CreateClient();
        using var context = await factory.Services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContextAsync();

        Assert.Same(ServingModel.For(postgres: false), context.Model);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_compiled_model_is_the_model_built_at_run_time_from_the_serving_options(string provider)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(Settings(provider)).Build().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()!;
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureServing(builder, options);
        using var context = new OpenDataDbContext(builder.Options);
        var built = context.Model;

        // The compiled model as a context initializes it for use.
        var compiledBuilder = new DbContextOptionsBuilder<OpenDataDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureServing(compiledBuilder, options);
        compiledBuilder.UseModel(ServingModel.For(provider == DatabaseOptions.Postgres) ?? throw new InvalidOperationException("the build generated no compiled model"));
        using var compiledContext = new OpenDataDbContext(compiledBuilder.Options);
        var compiled = compiledContext.Model;
        Assert.NotSame(compiled, built);

        AssertSameText(WithoutComplexTypeTables(built.ToDebugString(MetadataDebugStringOptions.LongDefault)),
            WithoutComplexTypeTables(compiled.ToDebugString(MetadataDebugStringOptions.LongDefault)), provider + " model");
        AssertSameText(built.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault),
            compiled.GetRelationalModel().ToDebugString(MetadataDebugStringOptions.LongDefault), provider + " relational model");
    }

    /// <summary>
    /// The text without the table-mapping annotations of a complex type (a partial date's four columns): EF Core's
    /// compiled model lists its owner's table on it (<c>Relational:TableName: Agreements</c> and the other five, empty),
    /// a model built at run time does not. The tables and columns themselves are compared in the relational model.
    /// </summary>
    private static string WithoutComplexTypeTables(string text) => ComplexTypeTables().Replace(text.ReplaceLineEndings("\n"), "");

    [GeneratedRegex(@"^( {10})Annotations: \n\1  Relational:FunctionName: \n\1  Relational:Schema: \n\1  Relational:SqlQuery: \n\1  Relational:TableName: \w+\n\1  Relational:ViewName: \n\1  Relational:ViewSchema: \n", RegexOptions.Multiline)]
    private static partial Regex ComplexTypeTables();

    /// <summary>The model of a context from the serving contexts' factory, as the API registers it.</summary>
    private static IModel ServingContextModel(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(provider)).Build();
        using var services = new ServiceCollection().AddLogging().AddOpenDataDatabase(configuration).BuildServiceProvider();
        using var context = services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContext();
        return context.Model;
    }

    private static void AssertSameText(string expected, string actual, string what) =>
        Assert.True(expected == actual, $"the compiled {what} differs from the one built at run time:\n" + LineDiff.Describe(expected, actual));

    private static Dictionary<string, string?> Settings(string provider) => new()
    {
        ["Database:Provider"] = provider,
        ["Database:Path"] = Path.Combine(Path.GetTempPath(), "opendata-never-opened.sqlite"),
        ["Database:ConnectionString"] = "Host=127.0.0.1;Database=opendata_never_opened",
    };
}
