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

    private readonly Dictionary<string, double[]> idfs = new(StringComparer.Ordinal);
    private uint? dataVersion;
    private long rows = -1;
    private double averageLength;
    private DocumentSizes? sizes;
    private bool sizesRead;

    /// <summary>The sizes in use (null before the first query, or when they cannot be held); for measurements and tests.</summary>
    public DocumentSizes? Sizes => sizes;

    /// <summary>What ranking the current statement's matches needs, read inside its transaction at its first match.</summary>
    public RankingQuery Begin(Fts5ExtensionApi* api, IntPtr fts, string match)
    {
        var version = DataVersion();
        if (version != dataVersion)
        {
            idfs.Clear();
            rows = -1;
            sizes = null;
            sizesRead = false;
            dataVersion = version;
        }

        if (rows < 0)
        {
            long count, tokens;
            Check(api->RowCount(fts, &count));
            Check(api->ColumnTotalSize(fts, -1, &tokens));
            (rows, averageLength) = (count, Bm25.AverageLength(count, tokens));
        }

        if (!sizesRead)
        {
            sizes = DocumentSizes.Load(db, table);
            sizesRead = true;
        }

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

        return new RankingQuery(idf, averageLength, sizes);
    }

    private uint DataVersion()
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

/// <summary>A statement's ranking inputs: its phrases' IDFs, the average row length, the rows' sizes when held.</summary>
internal sealed class RankingQuery(double[] idf, double averageLength, DocumentSizes? sizes)
{
    public double[] Idf { get; } = idf;

    public double AverageLength { get; } = averageLength;

    public DocumentSizes? Sizes { get; } = sizes;

    /// <summary>Scratch space for one match's weighted phrase frequencies.</summary>
    public double[] Frequencies { get; } = new double[idf.Length];
}
