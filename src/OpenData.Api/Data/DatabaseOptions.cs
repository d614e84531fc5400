using OpenData.Domain.Build;
using OpenData.Domain.Model;

namespace OpenData.Api.Data;

/// <summary>
/// Where the dataset lives (configuration section "Database"). The defaults work from a clone:
/// the seed is the repository's seed/ folder and the database is built into data/opendata.sqlite beside it. With
/// Provider "Postgres" the same model is served from PostgreSQL instead.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>"Sqlite" (the embedded default, <see cref="Path"/>) or "Postgres" (<see cref="ConnectionString"/>).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// With Provider "Postgres": the Npgsql connection string of the database that holds the dataset (schema
    /// <c>opendata</c>). Serving only reads; <c>seed build</c> and <see cref="BuildOnStart"/> need a role that can create schemas.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The SQLite database file; null means data/opendata.sqlite under the repository root (or the working directory).</summary>
    public string? Path { get; set; }

    /// <summary>The seed folder; null means the repository's seed/ folder.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>When true, serving first (re)builds the database if it is missing or older than the seed.</summary>
    public bool BuildOnStart { get; set; } = true;

    /// <summary>
    /// SQLite's <c>PRAGMA quick_check</c> before serving, which reads the whole file (a few milliseconds for the seed,
    /// seconds for a file of hundreds of MB) and refuses a corrupt one. <c>once</c> (the default; <c>true</c> is the
    /// same): check, and skip the check while the file is unchanged since one passed (<see cref="IntegrityRecord"/>);
    /// <c>always</c>: check at every start; <c>never</c> (or <c>false</c>): only <c>/readyz</c> checks, in the background.
    /// </summary>
    public string IntegrityCheckOnStart { get; set; } = "once";

    /// <summary>
    /// SQLite only: how many MiB SQLite may keep for its page caches across all the process's connections before it
    /// reuses their pages (a soft limit, <c>sqlite3_soft_heap_limit64</c>); 0 means no limit. Each pooled connection
    /// otherwise keeps up to 2 MiB of pages, which under 64 concurrent requests is over 100 MiB of resident memory.
    /// </summary>
    public int SqliteMemoryLimitMiB { get; set; } = 16;

    /// <summary>How old the last integrity check may be before <c>/readyz</c> starts another one in the background (SQLite only).</summary>
    public TimeSpan IntegrityCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>What <see cref="IntegrityCheckOnStart"/> asks for; an error for a value it does not name.</summary>
    public StartupIntegrityCheck StartupCheck => IntegrityCheckOnStart.Trim().ToUpperInvariant() switch
    {
        "ONCE" or "TRUE" => StartupIntegrityCheck.Once,
        "ALWAYS" => StartupIntegrityCheck.Always,
        "NEVER" or "FALSE" => StartupIntegrityCheck.Never,
        _ => throw new Errors.StartupFailureException(Errors.StartupMessages.InvalidConfiguration(
            $"Database:IntegrityCheckOnStart '{IntegrityCheckOnStart}' no es un valor válido; usa 'once' (por omisión), 'always' o 'never'")),
    };

    /// <summary>True for Provider "Postgres" (any case); false for "Sqlite"; an error for anything else.</summary>
    public bool IsPostgres => Provider switch
    {
        _ when string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase) => false,
        _ when string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase) => true,
        _ => throw new InvalidOperationException($"Database:Provider '{Provider}' is not supported; use '{Sqlite}' or '{Postgres}'."),
    };

    /// <summary>The PostgreSQL connection string; an error when Provider is "Postgres" and none is configured.</summary>
    public string ResolvedConnectionString => string.IsNullOrWhiteSpace(ConnectionString)
        ? throw new InvalidOperationException("Database:Provider is 'Postgres' but Database:ConnectionString is empty.")
        : ConnectionString;

    /// <summary>Where the dataset is, for logs: the SQLite file, or the PostgreSQL host, database and schema (never the password).</summary>
    public string Describe() => IsPostgres ? PostgresDataset.Describe(ResolvedConnectionString) : ResolvedPath;

    /// <summary>The DatasetInfo row of the configured store, or null when it has none.</summary>
    /// <summary>The layout fingerprint a build by this code writes into the configured store (see <see cref="DatasetLayout"/>).</summary>
    public string ExpectedLayout() => DatasetLayout.Of(IsPostgres
        ? PostgresDataset.Options(ResolvedConnectionString, DatabaseServiceCollectionExtensions.ConfigureModel)
        : DatasetBuilder.Options(ResolvedPath, DatabaseServiceCollectionExtensions.ConfigureModel));

    public DatasetInfo? ReadInfo() => IsPostgres ? PostgresDataset.ReadInfo(ResolvedConnectionString) : DatasetFile.ReadInfo(ResolvedPath);

    public string ResolvedPath => Path ?? System.IO.Path.Combine(RepositoryLocator.RootOrWorkingDirectory(), "data", "opendata.sqlite");

    public string ResolvedSeedDirectory => SeedDirectory ?? System.IO.Path.Combine(RepositoryLocator.RootOrWorkingDirectory(), "seed");
}
