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
    /// bm25's length term of a row of <paramref name="length"/> tokens, <c>k1 · (1 − b + b · D / avgdl)</c>: the expression
    /// fts5Bm25Function writes inside its loop, the same operations on the same operands, so the same double.
    /// </summary>
    public static double LengthTerm(double length, double averageLength) => K1 * (1 - B + B * length / averageLength);

    /// <summary>
    /// The score bm25 returns (negative, lower is better) for a row whose length term is <paramref name="lengthTerm"/>
    /// (<see cref="LengthTerm"/>) and whose weighted frequency of scored phrase i is <c>frequencies[phrases[i]]</c>.
    /// </summary>
    public static double Score(ReadOnlySpan<double> idf, ReadOnlySpan<double> frequencies, ReadOnlySpan<int> phrases, double lengthTerm)
    {
        // fts5Bm25Function computes the length term inside its loop: the same operations on the same operands give the
        // same double, so it is computed once a row (or read from a table of them, computed the same way). A phrase that
        // does not occur adds idf * (0 / x) = +0.0, which leaves the (never negative) sum as it is; a phrase with the IDF
        // and frequency of the one before adds the same term (a prefix group scored from one phrase twice).
        var score = 0.0;
        var term = 0.0;
        var lastIdf = double.NaN;
        var lastFrequency = double.NaN;
        for (var i = 0; i < idf.Length; i++)
        {
            var frequency = frequencies[phrases[i]];
            if (frequency == 0.0)
            {
                continue;
            }

            var phraseIdf = idf[i];
            if (phraseIdf != lastIdf || frequency != lastFrequency)
            {
                term = phraseIdf * ((frequency * (K1 + 1.0)) / (frequency + lengthTerm));
                (lastIdf, lastFrequency) = (phraseIdf, frequency);
            }

            score += term;
        }

        return -1.0 * score;
    }
}
