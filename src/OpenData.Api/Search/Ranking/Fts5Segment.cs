using System.Buffers;
using System.Text;

namespace OpenData.Api.Search.Ranking;

/// <summary>
/// A reader of an FTS5 index that is one segment (what the build's <c>'optimize'</c> leaves), in FTS5's documented
/// on-disk format (sqlite's <c>ext/fts5/fts5_index.c</c>, "Details", format version 4): the structure record
/// (<c>%_data</c> id 10), the averages record (id 1), the term b-tree (<c>%_idx</c>) and the segment's leaf pages. It
/// hands out a term's whole doclist, so that a whole-word search can count and score its matches in one pass of managed
/// code instead of one auxiliary-function call per match. <see cref="Open"/> returns null for anything else (another
/// format version, more than one segment, a structure record of another layout, an open write transaction whose
/// pending terms are not on disk yet): the caller then ranks through FTS5.
/// </summary>
internal sealed unsafe class Fts5Segment
{
    private const long AveragesRowid = 1;
    private const long StructureRowid = 10;
    private const int FormatVersion = 4;

    private readonly IntPtr db;
    private readonly string table;

    private Fts5Segment(IntPtr db, string table, int segmentId, int firstPage, int lastPage, long rows, long tokens)
    {
        this.db = db;
        this.table = table;
        SegmentId = segmentId;
        FirstPage = firstPage;
        LastPage = lastPage;
        Rows = rows;
        Tokens = tokens;
    }

    public int SegmentId { get; }

    public int FirstPage { get; }

    public int LastPage { get; }

    /// <summary>Rows of the index (the averages record's first value, what FTS5's <c>xRowCount</c> returns).</summary>
    public long Rows { get; }

    /// <summary>Tokens of every column of every row (what FTS5's <c>xColumnTotalSize(-1)</c> returns).</summary>
    public long Tokens { get; }

    /// <summary>The index of <paramref name="table"/> on the native connection <paramref name="db"/> when it is one segment; null otherwise.</summary>
    public static Fts5Segment? Open(IntPtr db, string table)
    {
        if (Fts5Native.GetAutocommit(db) == 0)
        {
            // Inside a transaction FTS5 may hold terms not yet written to its segments.
            return null;
        }

        var version = -1L;
        if (!Read(db, $"SELECT v FROM {Quote(table + "_config")} WHERE k = 'version'", [], s => version = Fts5Native.ColumnInt64(s, 0)) || version != FormatVersion)
        {
            return null;
        }

        byte[]? structure = null;
        byte[]? averages = null;
        var read = Read(db, $"SELECT id, block FROM {Quote(table + "_data")} WHERE id IN ({AveragesRowid}, {StructureRowid})", [], s =>
        {
            var block = new ReadOnlySpan<byte>(Fts5Native.ColumnBlob(s, 1), Fts5Native.ColumnBytes(s, 1)).ToArray();
            if (Fts5Native.ColumnInt64(s, 0) == StructureRowid)
            {
                structure = block;
            }
            else
            {
                averages = block;
            }
        });
        if (!read || structure is null || averages is null)
        {
            return null;
        }

        // Structure: a 4-byte cookie, then levels, segments, write counter, and per level (merge, count, then per
        // segment id, first page, last page). A record of the later layout (0xFFFFFFF0-style header for tombstones and
        // origins) starts its varints otherwise: its level count would not parse to exactly one segment below.
        var at = 4;
        if (structure.Length < 4 || structure.AsSpan(4).StartsWith("\xff\x00\x00\x01"u8))
        {
            return null;
        }

        var levels = Varint(structure, ref at);
        var segments = Varint(structure, ref at);
        _ = Varint(structure, ref at);
        if (segments != 1)
        {
            return null;
        }

        (int Id, int First, int Last)? found = null;
        for (var level = 0L; level < levels; level++)
        {
            var merge = Varint(structure, ref at);
            var count = Varint(structure, ref at);
            if (merge != 0)
            {
                return null;
            }

            for (var s = 0L; s < count; s++)
            {
                found = ((int)Varint(structure, ref at), (int)Varint(structure, ref at), (int)Varint(structure, ref at));
            }
        }

        if (found is not { } segment || at != structure.Length)
        {
            return null;
        }

        var position = 0;
        var rows = Varint(averages, ref position);
        var tokens = 0L;
        while (position < averages.Length)
        {
            tokens += Varint(averages, ref position);
        }

        return new Fts5Segment(db, table, segment.Id, segment.First, segment.Last, rows, tokens);
    }

    /// <summary>
    /// The doclist of <paramref name="word"/> (a token as FTS5's tokenizer wrote it) joined across its pages into
    /// <paramref name="doclist"/>, with the offsets of the rowids a page stores whole instead of as a delta; false when
    /// the word is not indexed. Throws <see cref="InvalidDataException"/> on a page it cannot read.
    /// </summary>
    public bool TryRead(string word, Doclist doclist)
    {
        ArgumentNullException.ThrowIfNull(doclist);
        doclist.Clear();
        var key = new byte[Encoding.UTF8.GetByteCount(word) + 1];
        key[0] = (byte)'0';
        Encoding.UTF8.GetBytes(word, key.AsSpan(1));

        long page = FirstPage;
        var keyText = key;
        _ = Read(db, $"SELECT pgno FROM {Quote(table + "_idx")} WHERE segid = ?1 AND term <= ?2 ORDER BY term DESC LIMIT 1", [SegmentId, keyText], s => page = Fts5Native.ColumnInt64(s, 0) >> 1);

        var state = 0; // 0: looking for the term, 1: in its doclist, 2: done, -1: absent
        var ok = Read(
            db,
            $"SELECT block FROM {Quote(table + "_data")} WHERE id >= ?1 AND id <= ?2",
            [Rowid(SegmentId, page), Rowid(SegmentId, LastPage)],
            s =>
            {
                if (state is 2 or -1)
                {
                    return false;
                }

                var block = new ReadOnlySpan<byte>(Fts5Native.ColumnBlob(s, 0), Fts5Native.ColumnBytes(s, 0));
                state = state == 0 ? Find(block, key, doclist) : Continue(block, doclist);
                return state is 0 or 1;
            });
        if (!ok)
        {
            throw new InvalidDataException("FTS5: no se pudo leer la lista de documentos.");
        }

        return state is 1 or 2;
    }

    // The leaf page that may hold the term: its terms are at the offsets of its footer (deltas), the first one whole,
    // each next one as (bytes shared with the one before, new bytes, the bytes). Returns 2 when the doclist ended on
    // this page, 1 when it may go on, -1 when the term is not here (so not in the index).
    private static int Find(ReadOnlySpan<byte> page, byte[] key, Doclist doclist)
    {
        var leaf = Leaf(page);
        Span<byte> term = stackalloc byte[256];
        var termLength = 0;
        var footer = leaf;
        var offset = 0;
        var first = true;
        while (footer < page.Length)
        {
            offset += (int)Varint(page, ref footer);
            var at = offset;
            int shared = first ? 0 : (int)Varint(page, ref at);
            var fresh = (int)Varint(page, ref at);
            if (shared > termLength || shared + fresh > term.Length || at + fresh > leaf)
            {
                throw new InvalidDataException("FTS5: término ilegible.");
            }

            page.Slice(at, fresh).CopyTo(term[shared..]);
            termLength = shared + fresh;
            at += fresh;
            first = false;
            var order = term[..termLength].SequenceCompareTo(key);
            if (order > 0)
            {
                return -1;
            }

            if (order == 0)
            {
                var next = footer;
                var end = next < page.Length ? offset + (int)Varint(page, ref next) : leaf;
                doclist.Append(page[at..end], -1);
                return next < page.Length ? 2 : 1;
            }
        }

        return -1;
    }

    // A page after the term's: the doclist goes on from its header up to its first term (or the whole page when it has
    // none, and then on to the next page). Its first rowid, when one starts here, is stored whole.
    private static int Continue(ReadOnlySpan<byte> page, Doclist doclist)
    {
        var leaf = Leaf(page);
        var end = leaf;
        if (leaf < page.Length)
        {
            var footer = leaf;
            end = (int)Varint(page, ref footer);
        }

        var firstRowid = (page[0] << 8) | page[1];
        if (end < 4 || end > leaf)
        {
            throw new InvalidDataException("FTS5: página ilegible.");
        }

        doclist.Append(page[4..end], firstRowid != 0 && firstRowid < end ? firstRowid - 4 : -1);
        return leaf < page.Length ? 2 : 1;
    }

    private static int Leaf(ReadOnlySpan<byte> page)
    {
        if (page.Length < 4)
        {
            throw new InvalidDataException("FTS5: página corta.");
        }

        var leaf = (page[2] << 8) | page[3];
        return leaf < 4 || leaf > page.Length ? throw new InvalidDataException("FTS5: página ilegible.") : leaf;
    }

    private static long Rowid(int segment, long page) => ((long)segment << 37) + page;

    /// <summary>SQLite's varint (FTS5's <c>sqlite3Fts5GetVarint</c>): 7 bits a byte, high bit set on all but the last, a 9th byte of 8 bits.</summary>
    internal static long Varint(ReadOnlySpan<byte> bytes, ref int at)
    {
        ulong value = 0;
        for (var i = 0; i < 8; i++)
        {
            var b = bytes[at++];
            value = (value << 7) | (uint)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                return (long)value;
            }
        }

        return (long)((value << 8) | bytes[at++]);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Runs <paramref name="sql"/> with <paramref name="parameters"/> (long or byte[]); <paramref name="row"/> returns false to stop.</summary>
    private static bool Read(IntPtr db, string sql, object[] parameters, Func<IntPtr, bool> row)
    {
        var text = Encoding.UTF8.GetBytes(sql + "\0");
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
            for (var i = 0; i < parameters.Length; i++)
            {
                var rc = parameters[i] switch
                {
                    long value => Fts5Native.BindInt64(statement, i + 1, value),
                    int value => Fts5Native.BindInt64(statement, i + 1, value),
                    byte[] value => BindBlob(statement, i + 1, value),
                    _ => Fts5Native.Error,
                };
                if (rc != Fts5Native.Ok)
                {
                    return false;
                }
            }

            int step;
            while ((step = Fts5Native.Step(statement)) == Fts5Native.Row)
            {
                if (!row(statement))
                {
                    return true;
                }
            }

            return step == Fts5Native.Done;
        }
        finally
        {
            _ = Fts5Native.Finalize(statement);
        }
    }

    private static bool Read(IntPtr db, string sql, object[] parameters, Action<IntPtr> row) =>
        Read(db, sql, parameters, s =>
        {
            row(s);
            return true;
        });

    private static int BindBlob(IntPtr statement, int index, byte[] value)
    {
        fixed (byte* bytes = value)
        {
            return Fts5Native.BindBlob(statement, index, bytes, value.Length, Fts5Native.Transient);
        }
    }
}

/// <summary>
/// A term's doclist joined across leaf pages: (rowid, position list) entries, the first rowid whole and the others
/// deltas, except at <see cref="WholeRowids"/>, where a page began with a whole rowid. Its buffer is rented and reused.
/// </summary>
internal sealed class Doclist : IDisposable
{
    private byte[] bytes = ArrayPool<byte>.Shared.Rent(4096);

    public int Length { get; private set; }

    public List<int> WholeRowids { get; } = [];

    public ReadOnlySpan<byte> Bytes => bytes.AsSpan(0, Length);

    public void Clear()
    {
        Length = 0;
        WholeRowids.Clear();
    }

    /// <summary>Appends <paramref name="part"/>; <paramref name="wholeRowid"/> is the offset in it of a whole rowid, or -1.</summary>
    public void Append(ReadOnlySpan<byte> part, int wholeRowid)
    {
        if (Length + part.Length > bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, Length + part.Length));
            bytes.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = larger;
        }

        if (wholeRowid >= 0)
        {
            WholeRowids.Add(Length + wholeRowid);
        }

        part.CopyTo(bytes.AsSpan(Length));
        Length += part.Length;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(bytes);
        bytes = [];
        Length = 0;
    }
}
