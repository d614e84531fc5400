using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// The committed seed plus <see cref="GeneratedSources"/> generated sources, inserted through EF with the
/// dataset's own model into a temporary SQLite file: big enough that a buffered export would show.
/// </summary>
public static class LargeDataset
{
    public const int GeneratedSources = 300_000;
    private const int Batch = 20_000;

    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static Task<string> PathAsync() => Built.Value;

    private static async Task<string> BuildAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("opendata-large-").FullName, "opendata.sqlite");
        var result = await DatasetBuilder.BuildAsync(RepositoryPaths.Seed, path, DatabaseServiceCollectionExtensions.ConfigureModel);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));

        var options = new DbContextOptionsBuilder<OpenDataDbContext>().UseSqlite($"Data Source={path};Pooling=false");
        DatabaseServiceCollectionExtensions.ConfigureModel(options);
        for (var start = 0; start < GeneratedSources; start += Batch)
        {
            await using var db = new OpenDataDbContext(options.Options);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Sources.AddRange(Enumerable.Range(start, Batch).Select(Generated));
            await db.SaveChangesAsync();
        }

        return path;
    }

    private static Source Generated(int i)
    {
        var year = 1990 + (i % 35);
        return new Source
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"zz-generada-{i:D7}"),
            Title = string.Create(CultureInfo.InvariantCulture, $"Fuente generada {i} para medir la memoria de las descargas, con acentos: Gómez Palacio, Lerdo, Santiago Papasquiaro"),
            Publisher = "Periódico generado",
            Kind = SourceKind.Press,
            Url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/noticias/{year}/fuente-generada-{i}"),
            PublishedOn = year.ToString(CultureInfo.InvariantCulture),
            PublishedOnPrecision = DatePrecision.Year,
            PublishedOnStart = new DateOnly(year, 1, 1),
            PublishedOnEnd = new DateOnly(year, 12, 31),
            Note = "Registro sintético; \"comillas\", comas y saltos\nde línea para que el CSV necesite comillas.",
        };
    }
}
