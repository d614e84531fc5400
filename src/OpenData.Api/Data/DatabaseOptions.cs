namespace OpenData.Api.Data;

/// <summary>
/// Where the dataset lives (configuration section "Database"). The defaults work from a clone:
/// the seed is the repository's seed/ folder and the database is built into data/opendata.sqlite beside it.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (the embedded default).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite database file; null means data/opendata.sqlite under the repository root (or the working directory).</summary>
    public string? Path { get; set; }

    /// <summary>The seed folder; null means the repository's seed/ folder.</summary>
    public string? SeedDirectory { get; set; }

    /// <summary>When true, serving first (re)builds the database if it is missing or older than the seed.</summary>
    public bool BuildOnStart { get; set; } = true;

    public string ResolvedPath => Path ?? System.IO.Path.Combine(RepositoryLocator.RootOrWorkingDirectory(), "data", "opendata.sqlite");

    public string ResolvedSeedDirectory => SeedDirectory ?? System.IO.Path.Combine(RepositoryLocator.RootOrWorkingDirectory(), "seed");
}
