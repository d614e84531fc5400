namespace OpenData.Api.Search.Ranking;

/// <summary>
/// Whether an indexed word other than <c>w</c> itself begins with <c>w</c>, read from FTS5's vocabulary through an
/// <c>fts5vocab</c> table of the connection's temp schema. FTS5's vocabulary cursor seeks to the first term after
/// <c>w</c> and stops, before reading its doclist, at the first term that no longer begins with <c>w</c>: when
/// <c>w</c> is whole (nothing longer begins with it) the check is one seek.
/// </summary>
internal static unsafe class WholeWords
{
    private const string Vocabulary = "opendata_search_terms";

    private static readonly byte[] Create = System.Text.Encoding.UTF8.GetBytes(
        $"""CREATE VIRTUAL TABLE IF NOT EXISTS temp."{Vocabulary}" USING fts5vocab(main, '{SearchIndex.Table}', 'row')""" + "\0");

    // Terms are UTF-8 byte strings compared with memcmp: every term that begins with w and is longer lies in
    // [w + U+0001, w + U+10FFFF], and no other term does.
    private static readonly byte[] Longer = System.Text.Encoding.UTF8.GetBytes(
        $"""SELECT 1 FROM temp."{Vocabulary}" WHERE term >= ?1 AND term <= ?2 LIMIT 1""" + "\0");

    /// <summary>Creates the connection's vocabulary table (once per connection); false when it cannot.</summary>
    public static bool Prepare(IntPtr db) => Execute(db, Create) == Fts5Native.Done;

    /// <summary>
    /// True when no indexed word longer than <paramref name="word"/> begins with it; false when one does, or when the
    /// vocabulary cannot be read (no index: the ranking statement then reports it). <see cref="Prepare"/> first.
    /// </summary>
    public static bool IsWhole(IntPtr db, string word)
    {
        IntPtr statement;
        fixed (byte* sql = Longer)
        {
            if (Fts5Native.Prepare(db, sql, -1, out statement, IntPtr.Zero) != Fts5Native.Ok)
            {
                return false;
            }
        }

        try
        {
            var low = System.Text.Encoding.UTF8.GetBytes(word + "\u0001");
            var high = System.Text.Encoding.UTF8.GetBytes(word + "\U0010FFFF");
            fixed (byte* lowBytes = low, highBytes = high)
            {
                if (Fts5Native.BindText(statement, 1, lowBytes, low.Length, Fts5Native.Transient) != Fts5Native.Ok
                    || Fts5Native.BindText(statement, 2, highBytes, high.Length, Fts5Native.Transient) != Fts5Native.Ok)
                {
                    return false;
                }
            }

            return Fts5Native.Step(statement) == Fts5Native.Done;
        }
        finally
        {
            _ = Fts5Native.Finalize(statement);
        }
    }

    private static int Execute(IntPtr db, byte[] text)
    {
        IntPtr statement;
        fixed (byte* sql = text)
        {
            var rc = Fts5Native.Prepare(db, sql, -1, out statement, IntPtr.Zero);
            if (rc != Fts5Native.Ok)
            {
                return rc;
            }
        }

        try
        {
            return Fts5Native.Step(statement);
        }
        finally
        {
            _ = Fts5Native.Finalize(statement);
        }
    }
}
