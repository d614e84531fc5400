namespace OpenData.Api.Search.Ranking;

/// <summary>
/// Every indexed row's size in tokens (all columns), as bm25 reads it from FTS5's <c>SearchIndex_docsize</c> one
/// lookup per match: here one array indexed by rowid, loaded once per connection and database version, 2 bytes a row
/// (4 when a row has more than 65,535 tokens). Connections over the same index share one copy: a connection reads the
/// table and compares it with the array already held, allocating its own only when they differ.
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

    /// <summary>
    /// Reads <c>{table}_docsize</c> on the native connection <paramref name="db"/>; null when it cannot be held as an
    /// array. When an array already held has the same sizes, it is returned and nothing is allocated: the rows are
    /// compared with it as they are read, and only a difference starts a copy of their own.
    /// </summary>
    public static unsafe DocumentSizes? Load(IntPtr db, string table)
    {
        var name = "\"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "_docsize\"";
        var max = -1L;
        var read = Read(db, $"SELECT max(id) FROM {name}", statement => max = Fts5Native.ColumnInt64(statement, 0));
        if (!read || max < 0 || max > MaxRows)
        {
            return null;
        }

        var held = Held(max + 1);
        ushort[]? small = null;
        int[]? large = null;
        var rows = 0L;
        var previous = 0L;
        read = Read(db, $"SELECT id, sz FROM {name}", statement =>
        {
            var rowid = Fts5Native.ColumnInt64(statement, 0);
            var size = Sum(new ReadOnlySpan<byte>(Fts5Native.ColumnBlob(statement, 1), Fts5Native.ColumnBytes(statement, 1)));
            if ((ulong)rowid > (ulong)max)
            {
                return;
            }

            rows++;
            if (held is not null && (held.Of(rowid) != size || !held.ZeroBetween(previous + 1, rowid)))
            {
                // Not the held sizes after all: a copy of its own, with the rows read so far.
                (small, large) = held.Copy(max + 1);
                held = null;
            }

            previous = rowid;
            if (held is not null)
            {
                return;
            }

            if (large is null && size > ushort.MaxValue)
            {
                large = small is null ? new int[max + 1] : Array.ConvertAll(small, static s => (int)s);
                small = null;
            }

            if (large is not null)
            {
                large[rowid] = size;
            }
            else
            {
                small ??= new ushort[max + 1];
                small[rowid] = (ushort)size;
            }
        });
        if (!read || max > rows + MaxSlack)
        {
            return null;
        }

        if (held is not null && held.ZeroBetween(previous + 1, max + 1))
        {
            return held;
        }

        return Intern(new DocumentSizes(large is null ? small ?? new ushort[max + 1] : null, large));
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

    /// <summary>A held array of <paramref name="length"/> rowids, if any: the candidate the rows being read are compared with.</summary>
    private static DocumentSizes? Held(long length)
    {
        lock (Gate)
        {
            Loaded.RemoveAll(w => !w.TryGetTarget(out _));
            foreach (var weak in Loaded)
            {
                if (weak.TryGetTarget(out var held) && held.Length == length)
                {
                    return held;
                }
            }

            return null;
        }
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

    private long Length => small is not null ? small.LongLength : large!.LongLength;

    /// <summary>True when no rowid in [<paramref name="from"/>, <paramref name="to"/>) has a size (rowids absent from the table).</summary>
    private bool ZeroBetween(long from, long to)
    {
        for (var rowid = from; rowid < to; rowid++)
        {
            if (Of(rowid) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A copy of these sizes, <paramref name="length"/> long, in the same width.</summary>
    private (ushort[]? Small, int[]? Large) Copy(long length)
    {
        if (small is not null)
        {
            var copy = new ushort[length];
            Array.Copy(small, copy, Math.Min(length, small.LongLength));
            return (copy, null);
        }

        var wide = new int[length];
        Array.Copy(large!, wide, Math.Min(length, large!.LongLength));
        return (null, wide);
    }

    private bool SameAs(DocumentSizes other) =>
        small is not null
            ? other.small is not null && small.AsSpan().SequenceEqual(other.small)
            : other.large is not null && large.AsSpan().SequenceEqual(other.large);
}
