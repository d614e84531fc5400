using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Domain.Data;

namespace OpenData.ServingModelGenerator;

/// <summary>
/// Writes the compiled model of <see cref="OpenDataDbContext"/> for each provider, as <c>dotnet ef dbcontext optimize</c>
/// would: EF Core's own generator over the model that the provider and <see cref="DatasetModelOptionsExtensions.UseDatasetModel"/>
/// build. A file is rewritten only when its text changes (the API then compiles again only when the model changed).
/// </summary>
internal static partial class CompiledModelWriter
{
    private static readonly string[] Providers = ["Sqlite", "Postgres"];

    /// <summary>
    /// Writes <c>{provider}/*.cs</c> (namespace <c>{ns}.CompiledModels.{provider}</c>) and <c>ServingModel.g.cs</c>, the
    /// body of <c>{ns}.ServingModel.Compiled</c>, under <paramref name="output"/>; removes any other file there.
    /// Returns how many files it wrote.
    /// </summary>
    public static int Write(string output, string ns)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var provider in Providers)
        {
            foreach (var (name, text) in Generate(provider, $"{ns}.CompiledModels.{provider}"))
            {
                files[Path.Combine(provider, name)] = text;
            }
        }

        files["ServingModel.g.cs"] = Selector(ns);
        return Sync(output, files);
    }

#pragma warning disable EF1001 // The generator's services are EF Core's internal design-time API, as `dotnet ef dbcontext optimize` uses them.
    private static List<(string Name, string Text)> Generate(string provider, string modelNamespace)
    {
        var postgres = provider == "Postgres";
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>();
        if (postgres)
        {
            builder.UseNpgsql("Host=localhost;Database=opendata");
        }
        else
        {
            builder.UseSqlite("Data Source=opendata.sqlite");
        }

        builder.UseDatasetModel();
        using var context = new OpenDataDbContext(builder.Options);

        var services = new ServiceCollection().AddEntityFrameworkDesignTimeServices();
        if (postgres)
        {
            new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
        }
        else
        {
            new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
        }

        services.AddDbContextDesignTimeServices(context);
        using var provided = services.BuildServiceProvider();
        var folder = Directory.CreateTempSubdirectory("opendata-serving-model-");
        try
        {
            provided.GetRequiredService<ICompiledModelScaffolder>().ScaffoldModel(
                context.GetService<IDesignTimeModel>().Model,
                folder.FullName,
                new CompiledModelCodeGenerationOptions
                {
                    ContextType = typeof(OpenDataDbContext),
                    ModelNamespace = modelNamespace,
                    Language = "C#",
                    UseNullableReferenceTypes = true,
                });

            // Left out: the assembly attribute that would make EF Core pick this model for every OpenDataDbContext. The
            // serving contexts ask for theirs (UseModel); the build contexts, with other options, build their own.
            var generated = folder.GetFiles("*.cs")
                .Where(f => !f.Name.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => (f.Name, File.ReadAllText(f.FullName).ReplaceLineEndings("\n")))
                .ToList();
            return WithStableModelId(generated);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
#pragma warning restore EF1001

    /// <summary>
    /// EF Core gives each generated model a new random id; here it is derived from the model's text instead, so that the
    /// same model always generates the same files (and an unchanged model leaves them, and the API's compilation, alone).
    /// </summary>
    private static List<(string Name, string Text)> WithStableModelId(List<(string Name, string Text)> files)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(files.Select(f => f.Name + "\n" + ModelId().Replace(f.Text, "")))));
        var id = $"modelId: new Guid(\"{new Guid(hash.AsSpan(0, 16))}\")";
        return [.. files.Select(f => (f.Name, ModelId().Replace(f.Text, id)))];
    }

    [GeneratedRegex("modelId: new Guid\\(\"[0-9a-fA-F-]{36}\"\\)")]
    private static partial Regex ModelId();

    /// <summary>The generated half of the API's <c>ServingModel</c>: the compiled model of each provider.</summary>
    private static string Selector(string ns) =>
        $$"""
        // <auto-generated />
        #nullable enable

        namespace {{ns}};

        internal static partial class ServingModel
        {
            static partial void Compiled(bool postgres, ref global::Microsoft.EntityFrameworkCore.Metadata.IModel? model) =>
                model = postgres
                    ? global::{{ns}}.CompiledModels.Postgres.OpenDataDbContextModel.Instance
                    : global::{{ns}}.CompiledModels.Sqlite.OpenDataDbContextModel.Instance;
        }

        """.ReplaceLineEndings("\n");

    /// <summary>Makes <paramref name="output"/> hold exactly <paramref name="files"/>, rewriting only those whose text differs.</summary>
    private static int Sync(string output, Dictionary<string, string> files)
    {
        Directory.CreateDirectory(output);
        var keep = files.Keys.Select(name => Path.GetFullPath(Path.Combine(output, name))).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories).Where(f => !keep.Contains(Path.GetFullPath(f))))
        {
            File.Delete(stale);
        }

        var written = 0;
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(output, name);
            if (File.Exists(path) && File.ReadAllText(path) == text)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
            written++;
        }

        return written;
    }
}
