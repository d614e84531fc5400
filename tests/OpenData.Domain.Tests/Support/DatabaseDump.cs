using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OpenData.Domain.Tests.Support;

/// <summary>Raw reads of a SQLite file, independent of the EF model.</summary>
public static class DatabaseDump
{
    /// <summary>Every table's rows as text, sorted; <c>DatasetInfo.BuiltAt</c> is left out (it is the build time).</summary>
    public static SortedDictionary<string, List<string>> Tables(string databaseFile)
    {
        using var connection = Open(databaseFile);
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Select(r => (string)r[0]))
        {
            var rows = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount)
                    .Where(i => !(table == "DatasetInfo" && reader.GetName(i) == "BuiltAt"))
                    .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
                rows.Add(string.Join("|", cells));
            }

            rows.Sort(StringComparer.Ordinal);
            tables.Add(table, rows);
        }

        return tables;
    }

    public static object Scalar(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        return Query(connection, sql).Single()[0];
    }

    public static List<object[]> Rows(string databaseFile, string sql)
    {
        using var connection = Open(databaseFile);
        return Query(connection, sql);
    }

    private static SqliteConnection Open(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<object[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
