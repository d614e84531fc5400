using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Data;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// The serving contexts' compiled EF Core model (src/OpenData.Api/Data/CompiledModels) is what EF Core's own generator
/// writes today from the serving options: a model change without regenerating it fails here. With
/// <c>UPDATE_COMPILED_MODEL=1</c> the test rewrites the files instead (review the diff).
/// </summary>
public sealed partial class CompiledModelTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void The_served_contexts_use_the_compiled_model_and_a_build_context_does_not()
    {
        using var served = factory.Services.GetRequiredService<IDbContextFactory<OpenDataDbContext>>().CreateDbContext();
        Assert.IsType<OpenData.Api.Data.CompiledModels.Sqlite.OpenDataDbContextModel>(served.Model);
        Assert.NotEmpty(served.Set<Domain.Model.Municipality>().Select(m => m.Id).Take(1).ToList());

        // A build's own options (seed build, the layout fingerprint) still build their model from the declarations.
        using var built = new OpenDataDbContext(Domain.Build.DatasetBuilder.Options("unused.sqlite", DatabaseServiceCollectionExtensions.ConfigureModel));
        Assert.IsNotType<OpenData.Api.Data.CompiledModels.Sqlite.OpenDataDbContextModel>(built.Model);
    }

#pragma warning disable EF1001 // The generator's services are EF Core's internal design-time API, as `dotnet ef dbcontext optimize` uses them.
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public void Committed_compiled_model_equals_what_EF_Core_generates_from_the_serving_options(string provider)
    {
        var committedFolder = Path.Combine(RepositoryPaths.Root, "src", "OpenData.Api", "Data", "CompiledModels", provider);
        using var generated = TempDirectory.Create("compiled-model");
        Generate(provider, generated.Path);

        if (Environment.GetEnvironmentVariable("UPDATE_COMPILED_MODEL") == "1")
        {
            if (Directory.Exists(committedFolder))
            {
                Directory.Delete(committedFolder, recursive: true);
            }

            Directory.CreateDirectory(committedFolder);
            foreach (var file in Directory.GetFiles(generated.Path))
            {
                File.Copy(file, Path.Combine(committedFolder, Path.GetFileName(file)));
            }
        }

        var expected = Read(generated.Path);
        var committed = Directory.Exists(committedFolder) ? Read(committedFolder) : new SortedDictionary<string, string>(StringComparer.Ordinal);
        Assert.True(expected.Keys.SequenceEqual(committed.Keys),
            $"src/OpenData.Api/Data/CompiledModels/{provider} does not hold the files EF Core generates. Run the tests with UPDATE_COMPILED_MODEL=1 and review the diff.\n"
            + $"generated: {string.Join(", ", expected.Keys)}\ncommitted: {string.Join(", ", committed.Keys)}");
        foreach (var (name, text) in expected)
        {
            Assert.True(text == committed[name],
                $"src/OpenData.Api/Data/CompiledModels/{provider}/{name} differs from what EF Core generates from the serving options. If the model change is deliberate, run the tests with UPDATE_COMPILED_MODEL=1 and review the diff.\n"
                + LineDiff.Describe(committed[name], text));
        }
    }

    private static void Generate(string provider, string folder)
    {
        var postgres = provider == DatabaseOptions.Postgres;
        var options = new DatabaseOptions
        {
            Provider = provider,
            Path = "opendata.sqlite",
            ConnectionString = postgres ? "Host=localhost;Database=opendata" : null,
        };
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureServing(builder, options);
        using var context = new OpenDataDbContext(builder.Options);

        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices();
        if (postgres)
        {
            new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
        }
        else
        {
            new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
        }

        services.AddDbContextDesignTimeServices(context);
        using var provided = services.BuildServiceProvider();
        provided.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
            context.GetService<IDesignTimeModel>().Model,
            folder,
            new CompiledModelCodeGenerationOptions
            {
                ContextType = typeof(OpenDataDbContext),
                ModelNamespace = "OpenData.Api.Data.CompiledModels." + provider,
                Language = "C#",
                UseNullableReferenceTypes = true,
            });
    }
#pragma warning restore EF1001

    /// <summary>The files by name, with the model id (a new random Guid at each generation) left out of the comparison.</summary>
    private static SortedDictionary<string, string> Read(string folder) =>
        new(Directory.GetFiles(folder, "*.cs").ToDictionary(f => Path.GetFileName(f), f => ModelId().Replace(File.ReadAllText(f).ReplaceLineEndings("\n"), "modelId: new Guid(…)")), StringComparer.Ordinal);

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-f-]{36}\"\\)")]
    private static partial Regex ModelId();
}
