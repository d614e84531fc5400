using Microsoft.Data.Sqlite;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// A SQLite command kept prepared in a <see cref="StatementCache"/>: <see cref="Key"/> is the text EF Core initialized it
/// with, so a command some other interceptor rewrote afterwards (its text no longer equal to the key) is not kept.
/// </summary>
internal sealed class ReusableSqliteCommand : SqliteCommand
{
    public ReusableSqliteCommand(string key, SqliteConnection connection)
    {
        Key = key;
        CommandText = key;
        Connection = connection;
    }

    /// <summary>The command text the cache knows this command by.</summary>
    public string Key { get; }

    /// <summary>True while the command still runs the text it was cached under.</summary>
    public bool IsUnchanged => string.Equals(CommandText, Key, StringComparison.Ordinal);

    /// <summary>
    /// The row reader a compiled shape reads this command's results through (see <see cref="SqliteRowReader"/>), or null
    /// when Microsoft.Data.Sqlite does not expose what it needs. The command runs one reader at a time, so one is enough.
    /// </summary>
    public SqliteRowReader? RowReader => SqliteRowReader.Supported ? field ??= new SqliteRowReader() : null;
}
