using Microsoft.Data.Sqlite;
using OpenData.Domain.Model;

namespace OpenData.Domain.Build;

/// <summary>Cheap reads of an existing database file, without building an EF model.</summary>
public static class DatasetFile
{
    /// <summary>
    /// What a SQLite build writes into <c>DatasetInfo.BuiltAt</c> (1970-01-01 UTC), so that two builds of the same seed
    /// are byte-identical; the build time is the file's modification time, which <see cref="BuiltAt"/> reads instead.
    /// </summary>
    public static readonly DateTime FixedBuiltAt = DateTime.UnixEpoch;

    /// <summary><paramref name="stored"/>, or the file's modification time when the row holds <see cref="FixedBuiltAt"/>.</summary>
    public static DateTime BuiltAt(string databaseFile, DateTime stored) =>
        DateTime.SpecifyKind(stored, DateTimeKind.Utc) == FixedBuiltAt && File.Exists(databaseFile) ? File.GetLastWriteTimeUtc(databaseFile) : stored;

    /// <summary>
    /// The DatasetInfo row of <paramref name="databaseFile"/>, opened read-only; null when the file is
    /// missing, is not a SQLite database or has no DatasetInfo row.
    /// </summary>
    public static DatasetInfo? ReadInfo(string databaseFile)
    {
        if (!File.Exists(databaseFile))
        {
            return null;
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(connectionString.ToString());
            connection.Open();
            if (DatasetInfoReader.Read(connection) is not { } info)
            {
                return null;
            }

            info.BuiltAt = BuiltAt(databaseFile, info.BuiltAt);
            return info;
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    /// <summary>The dataset version stored in <paramref name="databaseFile"/>, or null (see <see cref="ReadInfo"/>).</summary>
    public static string? ReadVersion(string databaseFile) => ReadInfo(databaseFile)?.Version;
}
