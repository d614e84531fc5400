using Microsoft.AspNetCore.Mvc.Testing;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Testing.Files;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Releases;

/// <summary>
/// A copy of the committed seed (without its releases) with two releases recorded through the command line: release 1
/// as the seed is, release 2 after correcting one amount, removing one funding record and adding one glossary term. It is
/// built into SQLite, and into PostgreSQL when a test asks (once per test class: a class fixture); every file and database
/// is deleted on dispose.
/// </summary>
public sealed class TwoReleaseDataset : IAsyncLifetime
{
    public const string Corrected = "avgm-coadyuvancia-2019";
    public const string Removed = "avgm-gasto-ceav";
    public const string Added = "zz-termino-de-prueba";
    public const string FirstDate = "2026-01-10";
    public const string SecondDate = "2026-02-10";

    private readonly TempDirectory _root = TempDirectory.Create("releases");
    private readonly Lazy<Task> _seed;
    private readonly Lazy<Task<string>> _sqlite;
    private readonly Lazy<Task<PostgresTestDatabase>> _postgres;
    private readonly List<WebApplicationFactory<Program>> _factories = [];

    public TwoReleaseDataset()
    {
        _seed = new(EnsureSeedAsync);
        _sqlite = new(BuildSqliteAsync);
        _postgres = new(BuildPostgresAsync);
    }

    public string Seed => Path.Combine(_root.Path, "seed");

    public string ReleasesDir => Path.Combine(Seed, "releases");

    private async Task EnsureSeedAsync()
    {
        Directory.CreateDirectory(Seed);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Seed, "*.yaml"))
        {
            File.Copy(file, Path.Combine(Seed, Path.GetFileName(file)));
        }

        await RecordAsync("Primera publicación de prueba.", FirstDate);
        Replace("fundingRecords.yaml", "  amount: 11875969\n", "  amount: 11875970\n");
        var funding = File.ReadAllText(Path.Combine(Seed, "fundingRecords.yaml"));
        var start = funding.IndexOf($"- id: {Removed}\n", StringComparison.Ordinal);
        var end = funding.IndexOf("\n- id: ", start + 1, StringComparison.Ordinal);
        end = funding.LastIndexOf("\n\n", end, StringComparison.Ordinal) + 2;
        File.WriteAllText(Path.Combine(Seed, "fundingRecords.yaml"), funding.Remove(start, end - start));
        File.AppendAllText(Path.Combine(Seed, "glossaryTerms.yaml"),
            $"\n- id: {Added}\n  term: Término de prueba\n  definition: Un término que solo existe en la segunda versión.\n  sources: [src-iem-antecedentes]\n");
        await RecordAsync("Corrige un monto, retira un registro y añade un término.", SecondDate);
    }

    private async Task RecordAsync(string note, string date)
    {
        var run = await CommandLineRun.RunAsync("seed", "release", "--seed", Seed, "--note", note, "--date", date);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
    }

    private void Replace(string file, string find, string replacement)
    {
        var path = Path.Combine(Seed, file);
        var text = File.ReadAllText(path);
        Assert.Equal(1, text.Split(find).Length - 1);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public async Task<HttpClient> SqliteClientAsync() => Client(("Database:Path", await _sqlite.Value));

    public async Task<HttpClient> PostgresClientAsync() =>
        Client(("Database:Provider", "Postgres"), ("Database:ConnectionString", (await _postgres.Value).ConnectionString));

    private async Task<string> BuildSqliteAsync()
    {
        await _seed.Value;
        var path = Path.Combine(_root.Path, "opendata.sqlite");
        var result = await DatasetBuilder.BuildAsync(Seed, path, DatabaseServiceCollectionExtensions.ConfigureModel);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        return path;
    }

    private async Task<PostgresTestDatabase> BuildPostgresAsync()
    {
        await _seed.Value;
        var database = await PostgresTestServer.CreateDatabaseAsync("releases");
        var result = await DatasetBuilder.BuildPostgresAsync(Seed, database.ConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        return database;
    }

    private HttpClient Client(params (string Key, string Value)[] settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:BuildOnStart", "false");
            builder.UseSetting("GraphQL:Http:RateLimitingEnabled", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        _factories.Add(factory);
        return factory.CreateClient();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories)
        {
            await factory.DisposeAsync();
        }

        if (_postgres.IsValueCreated && _postgres.Value.IsCompletedSuccessfully)
        {
            await (await _postgres.Value).DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Dispose();
    }
}
