using System.Runtime.InteropServices;

namespace OpenData.Api.Search.Ranking;

/// <summary>
/// The few SQLite C functions the ranking function needs that SQLitePCLRaw does not expose (<c>sqlite3_bind_pointer</c>
/// to reach FTS5's <c>fts5_api</c>, the result and value calls of an auxiliary function, <c>sqlite3_file_control</c>),
/// called on the same bundled <c>e_sqlite3</c> library and the connection's own native handle.
/// </summary>
internal static unsafe partial class Fts5Native
{
    private const string Library = "e_sqlite3";

    public const int Ok = 0;
    public const int Row = 100;
    public const int Done = 101;
    public const int Error = 1;

    /// <summary><c>SQLITE_UTF8</c>.</summary>
    public const int Utf8 = 1;

    /// <summary><c>SQLITE_TRANSIENT</c>: SQLite copies the result text.</summary>
    public static readonly IntPtr Transient = -1;

    /// <summary><c>SQLITE_FCNTL_DATA_VERSION</c>: a counter that changes whenever the database file's content changes.</summary>
    public const int DataVersion = 35;

    [LibraryImport(Library, EntryPoint = "sqlite3_prepare_v2")]
    public static partial int Prepare(IntPtr db, byte* sql, int bytes, out IntPtr statement, IntPtr tail);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_pointer")]
    public static partial int BindPointer(IntPtr statement, int index, void* pointer, byte* type, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static partial int BindText(IntPtr statement, int index, byte* text, int bytes, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static partial int BindBlob(IntPtr statement, int index, byte* blob, int bytes, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_get_autocommit")]
    public static partial int GetAutocommit(IntPtr db);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_finalize")]
    public static partial int Finalize(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    public static partial long ColumnInt64(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    public static partial byte* ColumnBlob(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    public static partial int ColumnBytes(IntPtr statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_file_control")]
    public static partial int FileControl(IntPtr db, byte* schema, int operation, void* argument);

    [LibraryImport(Library, EntryPoint = "sqlite3_value_int64")]
    [SuppressGCTransition]
    public static partial long ValueInt64(IntPtr value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_double")]
    [SuppressGCTransition]
    public static partial void ResultDouble(IntPtr context, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error_code")]
    [SuppressGCTransition]
    public static partial void ResultErrorCode(IntPtr context, int code);

    [LibraryImport(Library, EntryPoint = "sqlite3_create_function_v2")]
    public static partial int CreateFunction(
        IntPtr db, byte* name, int arguments, int encoding, IntPtr state,
        delegate* unmanaged<IntPtr, int, IntPtr*, void> function, IntPtr step, IntPtr final, IntPtr destroy);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_text")]
    public static partial void ResultText(IntPtr context, byte* text, int bytes, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_result_error")]
    public static partial void ResultError(IntPtr context, byte* message, int bytes);
}

/// <summary><c>fts5_api</c> (fts5.h): the object FTS5 hands out through <c>SELECT fts5(?1)</c>.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5Api
{
    public int Version;
    public IntPtr CreateTokenizer;
    public IntPtr FindTokenizer;
    public delegate* unmanaged<Fts5Api*, byte*, IntPtr, delegate* unmanaged<Fts5ExtensionApi*, IntPtr, IntPtr, int, IntPtr*, void>, delegate* unmanaged<IntPtr, void>, int> CreateFunction;
}

/// <summary>
/// <c>Fts5ExtensionApi</c> (fts5.h, version 3 and later): what an auxiliary function may ask of the current match. Only
/// the members this code calls are typed; the layout is the header's, member for member.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5ExtensionApi
{
    public int Version;
    public delegate* unmanaged<IntPtr, IntPtr> UserData;
    public IntPtr ColumnCount;
    public delegate* unmanaged<IntPtr, long*, int> RowCount;
    public delegate* unmanaged<IntPtr, int, long*, int> ColumnTotalSize;
    public IntPtr Tokenize;
    public delegate* unmanaged<IntPtr, int> PhraseCount;
    public IntPtr PhraseSize;
    public delegate* unmanaged<IntPtr, int*, int> InstCount;
    public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, int*, int*, int*, int> Inst;
    public delegate* unmanaged[SuppressGCTransition]<IntPtr, long> Rowid;
    public IntPtr ColumnText;
    public delegate* unmanaged<IntPtr, int, int*, int> ColumnSize;
    public delegate* unmanaged<IntPtr, int, void*, delegate* unmanaged<Fts5ExtensionApi*, IntPtr, void*, int>, int> QueryPhrase;
    public IntPtr SetAuxdata;
    public IntPtr GetAuxdata;
    public delegate* unmanaged[SuppressGCTransition]<IntPtr, int, Fts5PhraseIter*, int*, int*, int> PhraseFirst;
    public delegate* unmanaged[SuppressGCTransition]<IntPtr, Fts5PhraseIter*, int*, int*, void> PhraseNext;
}

/// <summary><c>Fts5PhraseIter</c> (fts5.h): FTS5's cursor over one phrase's instances in the current row.</summary>
[StructLayout(LayoutKind.Sequential)]
internal unsafe struct Fts5PhraseIter
{
    public byte* A;
    public byte* B;
}
