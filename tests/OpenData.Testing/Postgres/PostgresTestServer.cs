using Npgsql;

namespace OpenData.Testing.Postgres;

/// <summary>
/// The PostgreSQL server the tests use: <see cref="DefaultConnectionString"/> (what .ci/setup-postgres.sh creates) or the
/// environment variable <see cref="Variable"/>. Tests make a throwaway database each (<see cref="CreateDatabaseAsync"/>),
/// so test classes and test projects running in parallel never see each other's data.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "OPENDATA_TEST_POSTGRES";

    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Username=opendata;Password=opendata;Database=opendata_test";

    private static readonly Lazy<string?> Absent = new(Probe);

    public static string ConnectionString =>
        System.Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>Why PostgreSQL tests cannot run here, or null when the server answers (probed once per process).</summary>
    public static string? AbsentReason() => Absent.Value;

    /// <summary>A new empty database on the server, owned by the test role; dropped when the result is disposed.</summary>
    public static async Task<PostgresTestDatabase> CreateDatabaseAsync(string purpose)
    {
        var name = $"opendata_test_{purpose.ToLowerInvariant()}_{Guid.NewGuid().ToString("N")[..12]}";
        await ExecuteAsync($"""CREATE DATABASE "{name}" """).ConfigureAwait(false);
        // Test projects run in parallel against one server (max_connections is 100 by default): each database's pool
        // stays small, and requests beyond it wait for a connection instead of failing.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name, MaxPoolSize = 20 };
        return new PostgresTestDatabase(name, builder.ConnectionString);
    }

    internal static async Task ExecuteAsync(string sql)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }

    private static string? Probe()
    {
        // A machine without a server refuses the connection at once; a loaded one may take seconds to accept it, and
        // that must not turn into a skip: the timeout is generous.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 60, Pooling = false };
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return $"no PostgreSQL server answers at {builder.Host}:{builder.Port} database {builder.Database} ({e.Message.Split('\n')[0].Trim()}); "
                + $"run .ci/setup-postgres.sh or set {Variable}";
        }
    }
}
