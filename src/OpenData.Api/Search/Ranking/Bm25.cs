namespace OpenData.Api.Search.Ranking;

/// <summary>
/// FTS5's bm25 (sqlite's <c>ext/fts5/fts5_aux.c</c>, <c>fts5Bm25GetData</c> and <c>fts5Bm25Function</c>), ported
/// operation for operation so that every score is the same double: the same constants, the same IDF with its floor,
/// the same expression in the same order (no operand regrouped, no term hoisted in a different order).
/// </summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Column weights, as the statements pass them to bm25: type and slug (not indexed), title, body.</summary>
    public static readonly double[] ColumnWeights = [0.0, 0.0, SearchIndex.TitleWeight, 1.0];

    /// <summary>The average document length: total tokens of the table over its rows.</summary>
    public static double AverageLength(long rows, long tokens) => (double)tokens / (double)rows;

    /// <summary>IDF of a phrase found in <paramref name="hits"/> of <paramref name="rows"/> rows, never below 1e-6.</summary>
    public static double Idf(long rows, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }

    /// <summary>
    /// The score bm25 returns (negative, lower is better) for a row of <paramref name="length"/> tokens whose weighted
    /// phrase frequencies are <paramref name="frequencies"/>.
    /// </summary>
    public static double Score(ReadOnlySpan<double> idf, ReadOnlySpan<double> frequencies, double length, double averageLength)
    {
        // fts5Bm25Function writes k1 * (1 - b + b * D / avgdl) inside its loop: the same operations on the same operands
        // give the same double, so it is computed once a row. A phrase that does not occur adds idf * (0 / x) = +0.0,
        // which leaves the (never negative) sum as it is; a phrase with the IDF and frequency of the one before adds the
        // same term (a prefix group scored from one phrase twice).
        var lengthTerm = K1 * (1 - B + B * length / averageLength);
        var score = 0.0;
        var term = 0.0;
        for (var i = 0; i < idf.Length; i++)
        {
            var frequency = frequencies[i];
            if (frequency == 0.0)
            {
                continue;
            }

            if (i == 0 || idf[i] != idf[i - 1] || frequency != frequencies[i - 1])
            {
                term = idf[i] * ((frequency * (K1 + 1.0)) / (frequency + lengthTerm));
            }

            score += term;
        }

        return -1.0 * score;
    }
}
