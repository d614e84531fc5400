using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenData.Domain.Build;
using OpenData.Domain.Data;

namespace OpenData.Api.Data;

/// <summary>Why the configured store cannot be served as it is.</summary>
public enum DatasetFault
{
    None,
    Missing,
    IsDirectory,
    Unreadable,
    Empty,
    NotSqlite,
    Truncated,
    Corrupt,
    NoDataset,
    SchemaTooOld,
    ServerUnreachable,
    ServerRefused,
}

/// <summary>The result of <see cref="DatasetProbe"/>: the fault (or <see cref="DatasetFault.None"/>) and a one-line Spanish explanation.</summary>
public sealed record DatasetDiagnosis(DatasetFault Fault, string Message)
{
    public bool IsHealthy => Fault == DatasetFault.None;

    /// <summary>The fault's name for logs, bodies and exit messages (for example <c>corrupt</c>).</summary>
    public string Code => Fault switch
    {
        DatasetFault.IsDirectory => "is_directory",
        DatasetFault.NotSqlite => "not_sqlite",
        DatasetFault.NoDataset => "no_dataset",
        DatasetFault.SchemaTooOld => "schema_too_old",
        DatasetFault.ServerUnreachable => "server_unreachable",
        DatasetFault.ServerRefused => "server_refused",
        _ => Fault.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// Tells what is wrong with the configured store, cause by cause, before it is served: for SQLite a missing path, a
/// directory, a file that cannot be read, an empty or truncated file, one that is not SQLite, one that fails
/// SQLite's <c>PRAGMA quick_check</c> (corrupt pages), one without a dataset, or one written before the layout
/// fingerprint existed; for PostgreSQL a server that does not answer or refuses the connection, or no dataset.
/// </summary>
public static class DatasetProbe
{
    private const string CountsTable = "DatasetCounts";

    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    public static DatasetDiagnosis Diagnose(DatabaseOptions options, bool checkIntegrity = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsPostgres ? DiagnosePostgres(options) : DiagnoseSqlite(options.ResolvedPath, checkIntegrity);
    }

    /// <summary>Only SQLite's structural check (<c>PRAGMA quick_check</c>) of a file that opened before.</summary>
    public static DatasetDiagnosis CheckIntegrity(string path) => QuickCheck(path);

    private static DatasetDiagnosis DiagnoseSqlite(string path, bool checkIntegrity)
    {
        if (Directory.Exists(path))
        {
            return new(DatasetFault.IsDirectory, Messages.IsDirectory(path));
        }

        if (!File.Exists(path))
        {
            return new(DatasetFault.Missing, Messages.Missing(path));
        }

        var header = new byte[100];
        long length;
        int read;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = file.Length;
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return new(DatasetFault.Unreadable, Messages.Unreadable(path, e.Message));
        }

        if (length == 0)
        {
            return new(DatasetFault.Empty, Messages.Empty(path));
        }

        if (read < SqliteHeader.Length || !header.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader))
        {
            return new(DatasetFault.NotSqlite, Messages.NotSqlite(path));
        }

        if (read < header.Length || length < ExpectedLength(header))
        {
            return new(DatasetFault.Truncated, Messages.Truncated(path, length, ExpectedLength(header)));
        }

        if (checkIntegrity && QuickCheck(path) is { IsHealthy: false } corrupt)
        {
            return corrupt;
        }

        return ReadDatasetInfo(path);
    }

    /// <summary>The page size times the page count the header records (bytes 16-17 and 28-31, big-endian).</summary>
    private static long ExpectedLength(byte[] header)
    {
        if (header.Length < 32)
        {
            return 0;
        }

        var pageSize = (header[16] << 8) | header[17];
        var bytes = pageSize == 1 ? 65536 : pageSize;
        var pages = ((long)header[28] << 24) | ((long)header[29] << 16) | ((long)header[30] << 8) | header[31];
        return bytes * pages;
    }

    private static DatasetDiagnosis QuickCheck(string path)
    {
        try
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA quick_check(1)";
            var result = command.ExecuteScalar() as string;
            return result == "ok" ? new(DatasetFault.None, "") : new(DatasetFault.Corrupt, Messages.Corrupt(path, result ?? "?"));
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26)
        {
            return new(DatasetFault.NotSqlite, Messages.NotSqlite(path));
        }
        catch (SqliteException e)
        {
            return new(DatasetFault.Corrupt, Messages.Corrupt(path, e.Message));
        }
    }

    private static DatasetDiagnosis ReadDatasetInfo(string path)
    {
        try
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info('DatasetInfo')";
            var columns = new HashSet<string>(StringComparer.Ordinal);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            if (columns.Count == 0)
            {
                return new(DatasetFault.NoDataset, Messages.NoDataset(path));
            }

            if (!columns.Contains("Layout"))
            {
                return new(DatasetFault.SchemaTooOld, Messages.SchemaTooOld(path));
            }

            command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{CountsTable}'";
            var hasCounts = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
            return DatasetFile.ReadInfo(path) is { } info ? Judge(info, hasCounts, path) : new(DatasetFault.NoDataset, Messages.NoDataset(path));
        }
        catch (SqliteException e)
        {
            return new(DatasetFault.Corrupt, Messages.Corrupt(path, e.Message));
        }
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        // The schema names the collation: SQLite's checks need it registered, like every serving connection.
        connection.CreateCollation(DatasetCollation.Spanish.Name, DatasetCollation.Spanish.Compare);
        connection.Open();
        return connection;
    }

    private static DatasetDiagnosis DiagnosePostgres(DatabaseOptions options)
    {
        var where = options.Describe();
        try
        {
            using var connection = new NpgsqlConnection(options.ResolvedConnectionString);
            connection.Open();
        }
        catch (PostgresException e)
        {
            return new(DatasetFault.ServerRefused, Messages.ServerRefused(where, e.SqlState, e.MessageText));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return new(DatasetFault.ServerUnreachable, Messages.ServerUnreachable(where, FirstLine(e.InnerException?.Message ?? e.Message)));
        }

        var info = PostgresDataset.ReadInfo(options.ResolvedConnectionString);
        return info is null ? new(DatasetFault.NoDataset, Messages.NoDataset(where)) : Judge(info, HasPostgresCounts(options), where);
    }

    /// <summary>
    /// A dataset that can be served, or one written by an older build: without the layout fingerprint, or without the
    /// <c>DatasetCounts</c> table (written before the counts became a table of their own; its <c>dataset</c> counts cannot be read).
    /// </summary>
    private static DatasetDiagnosis Judge(Domain.Model.DatasetInfo info, bool hasCounts, string where) =>
        string.IsNullOrEmpty(info.Layout) ? new(DatasetFault.SchemaTooOld, Messages.SchemaTooOld(where))
        : !hasCounts ? new(DatasetFault.SchemaTooOld, Messages.CountsMissing(where))
        : new(DatasetFault.None, "");

    private static bool HasPostgresCounts(DatabaseOptions options)
    {
        try
        {
            using var connection = new NpgsqlConnection(options.ResolvedConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT to_regclass(@table) IS NOT NULL";
            command.Parameters.AddWithValue("table", $"\"{PostgresDataset.Schema}\".\"{CountsTable}\"");
            return command.ExecuteScalar() is true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>The explanations, in Spanish, kept together so that they can be localised.</summary>
    private static class Messages
    {
        public static string Missing(string path) => $"no hay base de datos en {path} (el archivo no existe)";

        public static string IsDirectory(string path) => $"{path} es una carpeta, no un archivo de base de datos";

        public static string Unreadable(string path, string reason) => $"no se puede leer {path}: {reason}";

        public static string Empty(string path) => $"{path} está vacío (0 bytes)";

        public static string NotSqlite(string path) => $"{path} no es una base de datos SQLite";

        public static string Truncated(string path, long length, long expected) =>
            $"{path} está truncado: tiene {length} bytes y su cabecera anuncia {expected}";

        public static string Corrupt(string path, string detail) =>
            $"{path} está dañado (la comprobación de integridad de SQLite dice: {FirstLine(detail)})";

        public static string NoDataset(string where) => $"{where} no contiene un conjunto de datos (falta la fila DatasetInfo)";

        public static string SchemaTooOld(string where) =>
            $"{where} fue escrito por una versión antigua del código (esquema sin huella de diseño); reconstrúyelo con `seed build`";

        public static string CountsMissing(string where) =>
            $"{where} fue escrito por una versión antigua del código (sin la tabla {CountsTable} de recuentos por colección); reconstrúyelo con `seed build`";

        public static string ServerUnreachable(string where, string reason) => $"el servidor PostgreSQL de {where} no responde: {reason}";

        public static string ServerRefused(string where, string sqlState, string reason) =>
            $"el servidor PostgreSQL de {where} rechazó la conexión ({sqlState}: {reason})";
    }
}
