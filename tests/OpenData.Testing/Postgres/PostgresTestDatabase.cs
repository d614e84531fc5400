using Npgsql;

namespace OpenData.Testing.Postgres;

/// <summary>A throwaway database made by <see cref="PostgresTestServer.CreateDatabaseAsync"/>; disposing drops it.</summary>
public sealed class PostgresTestDatabase(string name, string connectionString) : IAsyncDisposable
{
    private const int DropAttempts = 30;

    public string Name { get; } = name;

    /// <summary>The test role's connection string with this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PostgresTestServer.ExecuteAsync($"""DROP DATABASE IF EXISTS "{Name}" WITH (FORCE)""").ConfigureAwait(false);
                return;
            }
            catch (PostgresException e) when (attempt < DropAttempts && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A session the test role may not end (an autovacuum worker busy with the new rows, where the role lacks
                // pg_signal_backend, see .ci/setup-postgres.sh): it ends on its own; try again.
                await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
        }
    }
}
