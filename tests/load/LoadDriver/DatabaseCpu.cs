using System.Globalization;
using Npgsql;

namespace OpenData.Load;

/// <summary>
/// CPU time (user + system, from /proc/&lt;pid&gt;/stat) of the PostgreSQL backend processes serving the benchmark's
/// database: the pids of <c>pg_stat_activity</c> connected to the database of <c>--db-connection</c> (this meter's own
/// session left out), so the other databases of a shared server and its background processes are not counted. The
/// API's and the baseline's pooled sessions live for the whole run; a backend that starts during the measured phase
/// counts in full, one that ends during it is lost (Npgsql closes idle sessions after 300 s, longer than a phase).
/// </summary>
internal sealed class DatabaseCpu(string connectionString)
{
    /// <summary>CPU milliseconds of each backend of the database now.</summary>
    public Dictionary<int, double> Snapshot()
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        using var reader = command.ExecuteReader();
        var cpu = new Dictionary<int, double>();
        while (reader.Read())
        {
            var pid = reader.GetInt32(0);
            if (ServerProcess.CpuMilliseconds(pid) is { } ms)
            {
                cpu[pid] = ms;
            }
        }

        return cpu;
    }

    /// <summary>CPU milliseconds the database's backends spent since <paramref name="before"/>.</summary>
    public double Since(Dictionary<int, double> before) =>
        Snapshot().Sum(p => p.Value - before.GetValueOrDefault(p.Key));

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"backends of {new NpgsqlConnectionStringBuilder(connectionString).Database}");
}
