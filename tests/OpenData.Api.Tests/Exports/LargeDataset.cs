using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Synthetic;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// The committed seed plus <see cref="GeneratedSources"/> generated sources in a temporary SQLite file: big enough
/// that a buffered export shows (the sources CSV is about 35 MB). It starts as a copy of <see cref="TestDataset"/>
/// (the seed as `seed build` builds it, once per run); the generated sources are written in one transaction through
/// the prepared inserts of `seed synthetic` (<see cref="TableWriter{TRow}"/>, columns and folded copies taken from
/// the EF model), seconds where EF's SaveChanges took minutes. Disposing deletes the file and its folder.
/// </summary>
public sealed class LargeDataset : IAsyncLifetime
{
    public const int GeneratedSources = 100_000;

    private readonly TempDirectory _directory = TempDirectory.Create("large");

    public string Path => _directory.PathOf("opendata.sqlite");

    /// <summary>Sources in the database: the committed seed's and the generated ones.</summary>
    public int Sources { get; private set; }

    public async Task InitializeAsync()
    {
        // The committed seed as every other test server reads it (built once per run), copied, then grown.
        File.Copy(await TestDataset.PathAsync(), Path);
        await AppendSourcesAsync(Path);
        Sources = await CountSourcesAsync(Path);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return Task.CompletedTask;
    }

    private static async Task AppendSourcesAsync(string path)
    {
        var options = DatasetBuilder.Options(path, DatabaseServiceCollectionExtensions.ConfigureModel);
        await using var context = new OpenDataDbContext(options);
        var database = context.Database;
        await database.OpenConnectionAsync();
        // A throwaway file: no journal, no sync; the transaction still commits all rows at once.
        await database.ExecuteSqlRawAsync("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
        var connection = database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync();
        var target = new SyntheticTarget(connection, transaction, context.GetService<ISqlGenerationHelper>());
        using (var writer = TableWriter<Source>.ForEntity(target, context.Model.FindEntityType(typeof(Source))!))
        {
            for (var i = 0; i < GeneratedSources; i++)
            {
                writer.Write(Generated(i));
            }
        }

        await transaction.CommitAsync();
        await database.CloseConnectionAsync();
    }

    private static async Task<int> CountSourcesAsync(string path)
    {
        await using var context = new OpenDataDbContext(DatasetBuilder.Options(path, DatabaseServiceCollectionExtensions.ConfigureModel, readOnly: true));
        return await context.Set<Source>().CountAsync();
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
            PublishedOn = new PartialDate(year.ToString(CultureInfo.InvariantCulture), DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
            Note = "Registro sintético; \"comillas\", comas y saltos\nde línea para que el CSV necesite comillas.",
        };
    }
}
