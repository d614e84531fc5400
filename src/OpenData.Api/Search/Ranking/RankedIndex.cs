namespace OpenData.Api.Search.Ranking;

/// <summary>
/// What bm25 computes again for every query, kept per native connection for the index it reads: the average row length,
/// each match expression's phrase IDFs, and the rows' sizes (<see cref="DocumentSizes"/>). All of it is dropped when
/// SQLite's data version of the connection's database changes (another connection or process wrote to the file); a
/// file replaced by a rename is another database, which only a new connection sees, with its own
/// <see cref="RankedIndex"/>. A connection serves one statement at a time, so no lock.
/// </summary>
internal sealed unsafe class RankedIndex(IntPtr db, string table)
{
    // Distinct match expressions whose IDFs are kept; past it, the cache starts over.
    private const int MaxExpressions = 512;

    // Rows up to this many tokens read their length term from a table (8 KB a connection); longer ones compute it.
    private const int LengthTerms = 1024;

    private readonly Dictionary<string, double[]> idfs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> wholeWords = new(StringComparer.Ordinal);
    private uint? wholeWordsVersion;
    private bool? vocabulary;
    private uint? dataVersion;
    private long rows = -1;
    private double averageLength;
    private double[] lengthTerms = [];
    private DocumentSizes? sizes;
    private bool sizesRead;

    /// <summary>The sizes in use (null before the first query, or when they cannot be held); for measurements and tests.</summary>
    public DocumentSizes? Sizes => sizes;

    /// <summary>
    /// Whether no indexed word longer than <paramref name="word"/> begins with it (<see cref="WholeWords"/>), and the data
    /// version that answer holds for: kept per word until the version of the connection's last read changes. A
    /// statement that then reads another version (a write in between) must not use the answer (<see cref="DataVersion"/>).
    /// </summary>
    public (bool Whole, uint Version) IsWhole(string word)
    {
        var version = DataVersion();
        if (version != wholeWordsVersion)
        {
            wholeWords.Clear();
            wholeWordsVersion = version;
        }

        if (wholeWords.TryGetValue(word, out var whole))
        {
            return (whole, version);
        }

        vocabulary ??= WholeWords.Prepare(db);
        whole = vocabulary.Value && WholeWords.IsWhole(db, word);
        var read = DataVersion();
        if (read != version)
        {
            // The check read a newer version than the one the kept answers hold for: they are dropped.
            wholeWords.Clear();
            wholeWordsVersion = read;
        }

        if (wholeWords.Count >= MaxExpressions)
        {
            wholeWords.Clear();
        }

        wholeWords[word] = whole;
        return (whole, read);
    }

    /// <summary>What ranking the current statement's matches needs, read inside its transaction at its first match.</summary>
    public RankingQuery Begin(Fts5ExtensionApi* api, IntPtr fts, string match, IReadOnlyList<int>? phrases)
    {
        Refresh(DataVersion());
        if (rows < 0)
        {
            long count, tokens;
            Check(api->RowCount(fts, &count));
            Check(api->ColumnTotalSize(fts, -1, &tokens));
            Totals(count, tokens);
        }

        LoadSizes();

        if (!idfs.TryGetValue(match, out var idf))
        {
            idf = new double[api->PhraseCount(fts)];
            for (var i = 0; i < idf.Length; i++)
            {
                long hits = 0;
                Check(api->QueryPhrase(fts, i, &hits, &Fts5RankFunction.CountRow));
                idf[i] = Bm25.Idf(rows, hits);
            }

            if (idfs.Count >= MaxExpressions)
            {
                idfs.Clear();
            }

            idfs[match] = idf;
        }

        return new RankingQuery(idf, phrases, averageLength, lengthTerms, sizes);
    }

    /// <summary>The connection's index read as one segment (<see cref="Fts5Segment.Open"/>); null when it is not one.</summary>
    public Fts5Segment? Segment() => Fts5Segment.Open(db, table);

    /// <summary>
    /// What ranking from the doclists of <paramref name="segment"/> needs (read at data version <paramref name="version"/>):
    /// the IDFs of the statement's phrases found in <paramref name="hits"/> rows each, the average length and length terms
    /// from the segment's averages record (the numbers FTS5's <c>xRowCount</c> and <c>xColumnTotalSize</c> read), and the
    /// rows' sizes; null when the sizes cannot be held as an array.
    /// </summary>
    public RankingQuery? Begin(Fts5Segment segment, uint version, long[] hits, IReadOnlyList<int> phrases)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(hits);
        Refresh(version);
        if (rows < 0)
        {
            Totals(segment.Rows, segment.Tokens);
        }

        LoadSizes();
        if (sizes is null)
        {
            return null;
        }

        var idf = Array.ConvertAll(hits, h => Bm25.Idf(rows, h));
        return new RankingQuery(idf, phrases, averageLength, lengthTerms, sizes);
    }

    private void Refresh(uint version)
    {
        if (version != dataVersion)
        {
            idfs.Clear();
            rows = -1;
            sizes = null;
            sizesRead = false;
            dataVersion = version;
        }
    }

    private void Totals(long count, long tokens)
    {
        (rows, averageLength) = (count, Bm25.AverageLength(count, tokens));
        lengthTerms = new double[LengthTerms];
        for (var length = 0; length < lengthTerms.Length; length++)
        {
            lengthTerms[length] = Bm25.LengthTerm(length, averageLength);
        }
    }

    private void LoadSizes()
    {
        if (!sizesRead)
        {
            sizes = DocumentSizes.Load(db, table);
            sizesRead = true;
        }
    }

    /// <summary>
    /// SQLite's data version of the connection's file as of the connection's last read transaction (inside a statement:
    /// the statement's own); another connection's write shows as a new value at the next read.
    /// </summary>
    public uint DataVersion()
    {
        uint version = 0;
        fixed (byte* main = "main\0"u8)
        {
            Check(Fts5Native.FileControl(db, main, Fts5Native.DataVersion, &version));
        }

        return version;
    }

    private static void Check(int rc)
    {
        if (rc != Fts5Native.Ok)
        {
            throw new InvalidOperationException($"FTS5 devolvió el código {rc} al preparar la clasificación.");
        }
    }
}

/// <summary>
/// A statement's ranking inputs: its phrases' IDFs, the average row length (and the length terms of the shorter rows,
/// <see cref="Bm25.LengthTerm"/>), the rows' sizes when held. When the statement's expression stands for another one
/// (<see cref="SearchQuery.WholeWordMatch"/>), <see cref="Phrases"/> maps each phrase bm25 scores (of the expression
/// stood for) to the statement's phrase with the same instances, and <see cref="Idf"/> is in the scored phrases' order;
/// otherwise it maps each phrase to itself.
/// </summary>
internal sealed class RankingQuery
{
    private readonly double[] lengthTerms;

    public RankingQuery(double[] idf, IReadOnlyList<int>? phrases, double averageLength, double[] lengthTerms, DocumentSizes? sizes)
    {
        Phrases = phrases is null ? [.. Enumerable.Range(0, idf.Length)] : [.. phrases];
        Idf = phrases is null ? idf : Array.ConvertAll(Phrases, p => idf[p]);
        AverageLength = averageLength;
        this.lengthTerms = lengthTerms;
        Sizes = sizes;
        Frequencies = new double[idf.Length];
    }

    public double[] Idf { get; }

    public int[] Phrases { get; }

    public double AverageLength { get; }

    public DocumentSizes? Sizes { get; }

    /// <summary>Scratch space for one match's weighted phrase frequencies, per phrase of the statement.</summary>
    public double[] Frequencies { get; }

    /// <summary>bm25's length term of a row of <paramref name="length"/> tokens (the same double as <see cref="Bm25.LengthTerm"/>).</summary>
    public double LengthTerm(int length) =>
        (uint)length < (uint)lengthTerms.Length ? lengthTerms[length] : Bm25.LengthTerm(length, AverageLength);
}
