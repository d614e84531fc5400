using Microsoft.Data.Sqlite;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 7 (start-up over a bad store), through the executable started as a process: every cause gets its own
/// one-line message on standard error and exit code 1, never the same "No dataset" for all, never an abort (134)
/// with an exception dump; and with BuildOnStart a file that cannot be served is replaced only with a warning that says why.
/// </summary>
public sealed class StartupFaultTests : IDisposable
{
    private readonly DatabaseDamage _files = new();

    public void Dispose() => _files.Dispose();

    public static TheoryData<string> Causes() =>
    [
        "missing", "is_directory", "empty", "not_sqlite", "truncated", "corrupt", "no_dataset", "schema_too_old",
    ];

    [Theory]
    [MemberData(nameof(Causes))]
    public async Task A_bad_sqlite_file_stops_start_up_with_its_cause_in_one_line(string cause)
    {
        var path = await PrepareAsync(cause);
        using var api = ApiProcess.Start("--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false");

        var exit = await api.WaitForExitAsync();

        AssertOneLineFailure(api, exit, cause);
    }

    [Fact]
    public async Task An_unreachable_postgres_server_stops_start_up_with_its_cause()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        using var api = ApiProcess.Start(
            "--urls", "http://127.0.0.1:0",
            "--Database:Provider", "Postgres",
            "--Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=5",
            "--Database:BuildOnStart", "false");

        var exit = await api.WaitForExitAsync();

        AssertOneLineFailure(api, exit, "server_unreachable");
    }

    [Fact]
    public async Task Too_small_a_file_descriptor_budget_stops_start_up_with_its_cause()
    {
        var path = await _files.CopyAsync();
        using var api = ApiProcess.StartIn("ulimit -n 400;", "--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false");

        var exit = await api.WaitForExitAsync();

        AssertOneLineFailure(api, exit, "fd_budget");
        Assert.Contains("400", api.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_build_on_start_a_corrupt_file_is_replaced_and_a_warning_says_why()
    {
        var path = await PrepareAsync("corrupt");
        using var api = ApiProcess.Start(
            "--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:SeedDirectory", RepositoryPaths.Seed, "--Database:BuildOnStart", "true");

        var until = DateTime.UtcNow.AddMinutes(3);
        while (!api.Output.Contains("Built dataset", StringComparison.Ordinal) && !api.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        Assert.Contains("Replacing the dataset", api.Output, StringComparison.Ordinal);
        Assert.Contains("(corrupt)", api.Output, StringComparison.Ordinal);
        Assert.Contains("Built dataset", api.Output, StringComparison.Ordinal);
        Assert.False(api.HasExited, api.Error);
    }

    [Fact]
    public async Task A_file_written_before_the_counts_table_stops_start_up_naming_the_file_and_the_rebuild()
    {
        var path = await PrepareAsync("no_counts");
        using var api = ApiProcess.Start("--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:BuildOnStart", "false");

        var exit = await api.WaitForExitAsync();

        AssertOneLineFailure(api, exit, "schema_too_old");
        Assert.Contains(path, api.Error, StringComparison.Ordinal);
        Assert.Contains("sin la tabla DatasetCounts", api.Error, StringComparison.Ordinal);
        Assert.Contains("reconstrúyelo con `seed build`", api.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_build_on_start_a_file_written_before_the_counts_table_is_rebuilt_and_counts_again()
    {
        var path = await PrepareAsync("no_counts");
        using var api = ApiProcess.Start(
            "--urls", "http://127.0.0.1:0", "--Database:Path", path, "--Database:SeedDirectory", RepositoryPaths.Seed, "--Database:BuildOnStart", "true");

        var until = DateTime.UtcNow.AddMinutes(3);
        while (!api.Output.Contains("Built dataset", StringComparison.Ordinal) && !api.HasExited && DateTime.UtcNow < until)
        {
            await Task.Delay(200);
        }

        Assert.False(api.HasExited, api.Error);
        Assert.Contains("Replacing the dataset", api.Output, StringComparison.Ordinal);
        Assert.Contains("(schema_too_old)", api.Output, StringComparison.Ordinal);
        Assert.Contains("Built dataset", api.Output, StringComparison.Ordinal);
        Assert.True(Scalar(path, "SELECT COUNT(*) FROM DatasetCounts") > 0, "the rebuilt file has no counts");
    }

    private static void AssertOneLineFailure(ApiProcess api, int? exit, string cause)
    {
        Assert.True(exit == 1, $"exit {exit}; stderr: {api.Error}; stdout: {api.Output}");
        var lines = api.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("opendata: no se puede servir [" + cause + "]", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", api.Error + api.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", api.Error + api.Output, StringComparison.Ordinal);
    }

    private async Task<string> PrepareAsync(string cause)
    {
        var path = Path.Combine(_files.Folder, cause + ".sqlite");
        switch (cause)
        {
            case "missing":
                break;
            case "is_directory":
                Directory.CreateDirectory(path);
                break;
            case "empty":
                await File.WriteAllBytesAsync(path, []);
                break;
            case "not_sqlite":
                await File.WriteAllTextAsync(path, "id,title\nsrc-1,not a database\n");
                break;
            case "truncated":
                var whole = await File.ReadAllBytesAsync(await _files.CopyAsync());
                await File.WriteAllBytesAsync(path, whole[..(whole.Length / 2)]);
                break;
            case "corrupt":
                File.Copy(await _files.CopyAsync(), path);
                DatabaseDamage.OverwritePage(path, (int)(new FileInfo(path).Length / DatabaseDamage.PageSize(path) / 2));
                break;
            case "no_dataset":
                Execute(path, "CREATE TABLE Sources (Id TEXT PRIMARY KEY)");
                break;
            case "schema_too_old":
                Execute(path, "CREATE TABLE DatasetInfo (Id TEXT PRIMARY KEY, Version TEXT, BuiltAt TEXT); INSERT INTO DatasetInfo VALUES ('dataset', 'v1', '2020-01-01 00:00:00')");
                break;
            case "no_counts":
                // A good file as an older build wrote it: the counts were columns of DatasetInfo, not a table.
                File.Copy(await _files.CopyAsync(), path);
                Execute(path, "DROP TABLE DatasetCounts");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(cause), cause, null);
        }

        return path;
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
