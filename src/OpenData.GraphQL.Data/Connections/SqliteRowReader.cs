using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using OpenData.GraphQL.Data.Model;
using SQLitePCL;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// A <see cref="SqliteDataReader"/> as a compiled shape's materializer reads it, with the per-column reads it makes most
/// taken straight from the current row of the reader's statement: a date stored as text in the form
/// <c>yyyy-MM-dd</c> (what EF Core writes for a <see cref="DateOnly"/>) is read from the column's UTF-8 bytes instead
/// of a string and <see cref="DateOnly.Parse(string, IFormatProvider)"/>, and null checks, texts and integers skip
/// the reader's layers. Every other case (another form of date, a null where a value is asked, any other member) is
/// the reader's own, so values and errors are Microsoft.Data.Sqlite's.
/// </summary>
/// <remarks>
/// One per <see cref="ReusableSqliteCommand"/>, reused by each read of that command (a command runs one reader at a
/// time). Used only between <see cref="Attach"/> and <see cref="Detach"/>; the direct reads apply only while the last
/// <see cref="Read"/> returned a row.
/// </remarks>
internal sealed class SqliteRowReader : DbDataReader
{
    private static readonly Func<SqliteDataReader, sqlite3_stmt?>? Statement = StatementOf();

    private SqliteDataReader? _inner;
    private sqlite3_stmt? _statement;
    private bool _onRow;

    /// <summary>Whether this build of Microsoft.Data.Sqlite exposes its reader's statement (else readers are not wrapped).</summary>
    public static bool Supported => Statement is not null;

    private SqliteDataReader Inner => _inner ?? throw new InvalidOperationException("The row reader is not attached to a reader.");

    /// <summary>Reads <paramref name="reader"/> from now on (its statement as it is after its execution).</summary>
    public SqliteRowReader Attach(SqliteDataReader reader)
    {
        _inner = reader;
        _statement = Statement?.Invoke(reader);
        _onRow = false;
        return this;
    }

    /// <summary>Lets go of the reader (it is disposed by its owner).</summary>
    public void Detach()
    {
        _inner = null;
        _statement = null;
        _onRow = false;
    }

    public override bool Read()
    {
        _onRow = Inner.Read();
        return _onRow;
    }

    public override bool NextResult()
    {
        _onRow = false;
        var next = Inner.NextResult();
        _statement = Statement?.Invoke(Inner);
        return next;
    }

    public override bool IsDBNull(int ordinal) =>
        _onRow && _statement is { } statement && raw.sqlite3_column_type(statement, ordinal) != raw.SQLITE_NULL
            ? false
            : Inner.IsDBNull(ordinal);

    public override string GetString(int ordinal) =>
        _onRow && _statement is { } statement && raw.sqlite3_column_type(statement, ordinal) != raw.SQLITE_NULL
            ? raw.sqlite3_column_text(statement, ordinal).utf8_to_string()
            : Inner.GetString(ordinal);

    public override long GetInt64(int ordinal) =>
        _onRow && _statement is { } statement && raw.sqlite3_column_type(statement, ordinal) != raw.SQLITE_NULL
            ? raw.sqlite3_column_int64(statement, ordinal)
            : Inner.GetInt64(ordinal);

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override T GetFieldValue<T>(int ordinal)
    {
        if (typeof(T) == typeof(DateOnly))
        {
            return (T)(object)GetDateOnly(ordinal);
        }

        return Inner.GetFieldValue<T>(ordinal);
    }

    /// <summary>
    /// A date stored as the text <c>yyyy-MM-dd</c> of a valid date, read from its bytes (the value
    /// <see cref="DateOnly.Parse(string, IFormatProvider)"/> gives for that text); any other value through the reader.
    /// </summary>
    private DateOnly GetDateOnly(int ordinal)
    {
        if (_onRow && _statement is { } statement && raw.sqlite3_column_type(statement, ordinal) == raw.SQLITE_TEXT
            && IsoDate.TryParse(raw.sqlite3_column_blob(statement, ordinal), out var date))
        {
            return date;
        }

        return Inner.GetFieldValue<DateOnly>(ordinal);
    }

    public override int Depth => Inner.Depth;

    public override int FieldCount => Inner.FieldCount;

    public override bool HasRows => Inner.HasRows;

    public override bool IsClosed => Inner.IsClosed;

    public override int RecordsAffected => Inner.RecordsAffected;

    public override int VisibleFieldCount => Inner.VisibleFieldCount;

    public override object this[int ordinal] => Inner[ordinal];

    public override object this[string name] => Inner[name];

    public override bool GetBoolean(int ordinal) => Inner.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => Inner.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        Inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => Inner.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        Inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => Inner.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => Inner.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => Inner.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => Inner.GetDouble(ordinal);

    public override IEnumerator GetEnumerator() => Inner.GetEnumerator();

    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => Inner.GetFieldType(ordinal);

    public override float GetFloat(int ordinal) => Inner.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => Inner.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => Inner.GetInt16(ordinal);

    public override string GetName(int ordinal) => Inner.GetName(ordinal);

    public override int GetOrdinal(string name) => Inner.GetOrdinal(name);

    public override object GetValue(int ordinal) => Inner.GetValue(ordinal);

    public override int GetValues(object[] values) => Inner.GetValues(values);

    public override Stream GetStream(int ordinal) => Inner.GetStream(ordinal);

    public override TextReader GetTextReader(int ordinal) => Inner.GetTextReader(ordinal);

    public override System.Data.DataTable? GetSchemaTable() => Inner.GetSchemaTable();

    /// <summary>The statement of a reader's current result (its private record's handle), or null when this build has none.</summary>
    private static Func<SqliteDataReader, sqlite3_stmt?>? StatementOf()
    {
        var record = typeof(SqliteDataReader).GetField("_record", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
        var handle = record?.FieldType.GetProperty("Handle", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public);
        if (record is null || handle is null || handle.PropertyType != typeof(sqlite3_stmt))
        {
            return null;
        }

        var reader = Expression.Parameter(typeof(SqliteDataReader), "reader");
        var field = Expression.Field(reader, record);
        var body = Expression.Condition(
            Expression.Equal(field, Expression.Constant(null, record.FieldType)),
            Expression.Constant(null, typeof(sqlite3_stmt)),
            Expression.Property(field, handle));
        return Expression.Lambda<Func<SqliteDataReader, sqlite3_stmt?>>(body, reader).Compile();
    }
}
