using Microsoft.Data.Sqlite;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Synthetic;

/// <summary>One small synthetic database made through the command line, shared by the tests of a class.</summary>
public sealed class SyntheticDatabaseFixture : IAsyncLifetime
{
    public const int Rows = 3_000;
    public const int Seed = 11;

    private readonly TempDirectory _temp = TempDirectory.Create("synthetic");

    public string Path => System.IO.Path.Combine(_temp.Path, "synthetic.sqlite");

    public CommandLineRun Run { get; private set; } = new(-1, "", "");

    public string NewPath(string name) => System.IO.Path.Combine(_temp.Path, name);

    public async Task InitializeAsync() =>
        Run = await CommandLineRun.RunAsync("seed", "synthetic", "--rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Opens <paramref name="file"/> read-only, unpooled, so that the file can be deleted afterwards.</summary>
    public static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        // Text columns are declared COLLATE es: a plain connection needs the collation to order or compare them.
        connection.CreateCollation(OpenData.Domain.Data.DatasetCollation.Spanish.Name, OpenData.Domain.Data.DatasetCollation.Spanish.Compare);
        connection.Open();
        return connection;
    }
}
