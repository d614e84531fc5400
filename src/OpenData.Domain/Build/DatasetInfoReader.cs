using System.Data.Common;
using System.Globalization;
using OpenData.Domain.Model;

namespace OpenData.Domain.Build;

/// <summary>
/// Reads the <see cref="DatasetInfo"/> row and its counts over an open connection, SQLite or PostgreSQL alike, without
/// building an EF model. A database written by an older build lacks newer columns (those keep their defaults) and may
/// lack the counts table (no counts then).
/// </summary>
internal static class DatasetInfoReader
{
    /// <summary>The row of <c>{schema}.DatasetInfo</c> (the connection's default schema when null); null when the table is empty.</summary>
    public static DatasetInfo? Read(DbConnection connection, string? schema = null)
    {
        var prefix = schema is null ? "" : $"\"{schema}\".";
        var info = new DatasetInfo();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT * FROM {prefix}\"DatasetInfo\" LIMIT 1";
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToHashSet(StringComparer.Ordinal);
            foreach (var property in typeof(DatasetInfo).GetProperties().Where(p => p.CanWrite && columns.Contains(p.Name)))
            {
                property.SetValue(info, Convert(reader.GetValue(reader.GetOrdinal(property.Name)), property.PropertyType));
            }
        }

        info.Counts = ReadCounts(connection, prefix);
        return info;
    }

    private static List<DatasetCount> ReadCounts(DbConnection connection, string prefix)
    {
        var counts = new List<DatasetCount>();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Collection\", \"DatasetInfoId\", \"Count\" FROM {prefix}\"DatasetCounts\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts.Add(new DatasetCount { Collection = reader.GetString(0), DatasetInfoId = reader.GetString(1), Count = reader.GetInt32(2) });
            }
        }
        catch (DbException)
        {
            // Written before the counts table existed: a server refuses to serve it as it is (or rebuilds it).
        }

        return counts;
    }

    /// <summary>A column's value as the property's type: SQLite gives times as text and booleans as integers.</summary>
    private static object Convert(object value, Type type) => value switch
    {
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        string text when type == typeof(DateTime) => DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
    };
}
