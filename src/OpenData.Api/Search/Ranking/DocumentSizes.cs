namespace OpenData.Api.Search.Ranking;

/// <summary>
/// Every indexed row's size in tokens (all columns), as bm25 reads it from FTS5's <c>SearchIndex_docsize</c> one
/// lookup per match: here one array indexed by rowid, loaded once per connection and database version, 2 bytes a row
/// (4 when a row has more than 65,535 tokens). Connections over the same index share one copy: a freshly loaded array
/// equal to one already held is dropped for it.
/// </summary>
internal sealed class DocumentSizes
{
    // Rowids are 1..n in the build's order; a table with rowids far sparser than that is not loaded (the function then
    // asks FTS5 for each match's size, as bm25 does).
    private const long MaxSlack = 1 << 16;
    private const long MaxRows = 1 << 27;

    private static readonly Lock Gate = new();
    private static readonly List<WeakReference<DocumentSizes>> Loaded = [];

    private readonly ushort[]? small;
    private readonly int[]? large;

    private DocumentSizes(ushort[]? small, int[]? large)
    {
        this.small = small;
        this.large = large;
    }

    /// <summary>Bytes the sizes take.</summary>
    public long Bytes => small is not null ? small.LongLength * sizeof(ushort) : large!.LongLength * sizeof(int);

    /// <summary>The size of <paramref name="rowid"/>, or -1 when it is not in the array.</summary>
    public int Of(long rowid)
    {
        if (small is not null)
        {
            return (ulong)rowid < (ulong)small.Length ? small[rowid] : -1;
        }

        return (ulong)rowid < (ulong)large!.Length ? large[rowid] : -1;
    }

    /// <summary>Reads <c>{table}_docsize</c> on the native connection <paramref name="db"/>; null when it cannot be held as an array.</summary>
    public static unsafe DocumentSizes? Load(IntPtr db, string table)
    {
        var name = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "_docsize\"";
        var max = -1L;
        var read = Read(db, $"SELECT max(id) FROM {name}", statement => max = Fts5Native.ColumnInt64(statement, 0));
        if (!read || max < 0 || max > MaxRows)
        {
            return null;
        }

        var sizes = new int[max + 1];
        var rows = 0L;
        var fits = true;
        read = Read(db, $"SELECT id, sz FROM {name}", statement =>
        {
            var rowid = Fts5Native.ColumnInt64(statement, 0);
            var size = Sum(new ReadOnlySpan<byte>(Fts5Native.ColumnBlob(statement, 1), Fts5Native.ColumnBytes(statement, 1)));
            if ((ulong)rowid < (ulong)sizes.Length)
            {
                sizes[rowid] = size;
                fits &= size <= ushort.MaxValue;
                rows++;
            }
        });
        if (!read || max > rows + MaxSlack)
        {
            return null;
        }

        return Intern(fits ? new DocumentSizes(Array.ConvertAll(sizes, static s => (ushort)s), null) : new DocumentSizes(null, sizes));
    }

    /// <summary>Runs <paramref name="sql"/> on <paramref name="db"/>, calling <paramref name="row"/> for each row; false on any error.</summary>
    private static unsafe bool Read(IntPtr db, string sql, Action<IntPtr> row)
    {
        var text = System.Text.Encoding.UTF8.GetBytes(sql + "\0");
        IntPtr statement;
        fixed (byte* bytes = text)
        {
            if (Fts5Native.Prepare(db, bytes, -1, out statement, IntPtr.Zero) != Fts5Native.Ok)
            {
                return false;
            }
        }

        try
        {
            int rc;
            while ((rc = Fts5Native.Step(statement)) == Fts5Native.Row)
            {
                row(statement);
            }

            return rc == Fts5Native.Done;
        }
        finally
        {
            _ = Fts5Native.Finalize(statement);
        }
    }

    /// <summary>The sum of the varints of a docsize record (one per column), read as FTS5 reads them.</summary>
    private static int Sum(ReadOnlySpan<byte> record)
    {
        var total = 0;
        var i = 0;
        while (i < record.Length)
        {
            // SQLite's varint: 7 bits a byte, most significant first, high bit set on every byte but the last.
            uint value = 0;
            byte b;
            do
            {
                b = record[i++];
                value = (value << 7) | (uint)(b & 0x7f);
            }
            while ((b & 0x80) != 0 && i < record.Length);
            total += (int)value;
        }

        return total;
    }

    private static DocumentSizes Intern(DocumentSizes loaded)
    {
        lock (Gate)
        {
            Loaded.RemoveAll(w => !w.TryGetTarget(out _));
            foreach (var weak in Loaded)
            {
                if (weak.TryGetTarget(out var held) && held.SameAs(loaded))
                {
                    return held;
                }
            }

            Loaded.Add(new WeakReference<DocumentSizes>(loaded));
            return loaded;
        }
    }

    private bool SameAs(DocumentSizes other) =>
        small is not null
            ? other.small is not null && small.AsSpan().SequenceEqual(other.small)
            : other.large is not null && large.AsSpan().SequenceEqual(other.large);
}
