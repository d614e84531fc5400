using System.Buffers;

namespace OpenData.Api.Search.Ranking;

/// <summary>
/// The ranking pass of a whole-word search (<see cref="Fts5SearchPlan"/> with <see cref="Fts5SearchPlan.Phrases"/>: every
/// term one ASCII word, the last one whole) read from the terms' doclists (<see cref="Fts5Segment"/>) instead of through
/// FTS5's cursor and one <c>opendata_bm25</c> call a match: the matches are the rowids every term's doclist holds (what
/// FTS5's <c>"a" AND "b"</c> finds), a phrase's weighted frequency in a row is the sum of the column weights of its
/// positions there (what the function adds up from <c>xPhraseFirst</c>/<c>xPhraseNext</c>, in the same order), a phrase's
/// IDF counts its doclist's rows (what <c>xQueryPhrase</c> counts), and <see cref="Bm25.Score"/> gives each match the same
/// double. The page's best are kept and every match counted by a <see cref="RankingCall"/>, as the function does.
/// Returns null when it cannot answer exactly (an index of another shape, a page it cannot read, a write in between):
/// the caller then ranks through FTS5.
/// </summary>
internal static class DoclistRanking
{
    /// <summary>Whether <paramref name="plan"/> for <paramref name="query"/> can be ranked from doclists.</summary>
    public static bool Applies(SearchQuery query, Fts5SearchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Phrases is not null && query.Parts.All(p => p.Words.Count == 1 && IsAsciiWord(p.Words[0]));
    }

    /// <summary>
    /// The call holding the page (the first <paramref name="offset"/> + <paramref name="limit"/> matches, best first) and the
    /// count, and the data version it was read at; null when the search must be ranked through FTS5.
    /// </summary>
    public static (RankingCall Call, uint Version)? Rank(RankedIndex index, SearchQuery query, Fts5SearchPlan plan, int offset, int limit)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!Applies(query, plan))
        {
            return null;
        }

        var segment = index.Segment();
        if (segment is null)
        {
            return null;
        }

        var version = index.DataVersion();
        var postings = new Postings[query.Parts.Count];
        try
        {
            using (var doclist = new Doclist())
            {
                for (var i = 0; i < postings.Length; i++)
                {
                    postings[i] = segment.TryRead(query.Parts[i].Words[0], doclist) ? Postings.Decode(doclist) : Postings.Empty;
                }
            }

            var ranking = index.Begin(segment, version, Array.ConvertAll(postings, p => (long)p.Count), plan.Phrases!);
            if (ranking is null || index.DataVersion() != version)
            {
                return null;
            }

            var call = RankingCall.Begin(plan.Match, plan.Phrases, offset, limit);
            if (!Score(postings, ranking, call))
            {
                call.Dispose();
                return null;
            }

            return (call, version);
        }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException)
        {
            // A page this reader does not understand: FTS5 ranks it.
            return null;
        }
        finally
        {
            foreach (var p in postings)
            {
                p?.Dispose();
            }
        }
    }

    // Every rowid all postings hold, in rowid order, scored; false when a row's size is not held.
    private static bool Score(Postings[] postings, RankingQuery ranking, RankingCall call)
    {
        var frequencies = ranking.Frequencies;
        var sizes = ranking.Sizes!;
        var at = new int[postings.Length];
        var driver = 0;
        for (var i = 1; i < postings.Length; i++)
        {
            if (postings[i].Count < postings[driver].Count)
            {
                driver = i;
            }
        }

        var lead = postings[driver];
        for (var d = 0; d < lead.Count; d++)
        {
            var rowid = lead.Rowids[d];
            var all = true;
            for (var i = 0; i < postings.Length && all; i++)
            {
                var p = postings[i];
                var j = at[i];
                while (j < p.Count && p.Rowids[j] < rowid)
                {
                    j++;
                }

                at[i] = j;
                if (j < p.Count && p.Rowids[j] == rowid)
                {
                    frequencies[i] = p.Frequencies[j];
                }
                else
                {
                    all = false;
                }
            }

            if (!all)
            {
                continue;
            }

            var length = sizes.Of(rowid);
            if (length < 0)
            {
                return false;
            }

            call.Add(Bm25.Score(ranking.Idf, frequencies, ranking.Phrases, ranking.LengthTerm(length)), rowid);
        }

        return true;
    }

    private static bool IsAsciiWord(string word) => word.Length > 0 && word.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>A term's rows in rowid order and, for each, the weighted frequency of its positions (<see cref="Bm25.ColumnWeights"/>).</summary>
    private sealed class Postings : IDisposable
    {
        public static readonly Postings Empty = new([], [], 0, pooled: false);

        private readonly bool pooled;

        private Postings(long[] rowids, double[] frequencies, int count, bool pooled)
        {
            Rowids = rowids;
            Frequencies = frequencies;
            Count = count;
            this.pooled = pooled;
        }

        public long[] Rowids { get; }

        public double[] Frequencies { get; }

        public int Count { get; }

        /// <summary>
        /// Reads a doclist: (rowid, position list) entries; a position list is its size (bytes × 2, plus 1 for a delete
        /// marker, which one optimized segment never holds) then varints: 1 starts another column (its number follows),
        /// any other value is a position in the current column (column 0 first).
        /// </summary>
        public static Postings Decode(Doclist doclist)
        {
            var bytes = doclist.Bytes;
            var whole = doclist.WholeRowids;
            var weights = Bm25.ColumnWeights;
            var capacity = Math.Max(16, bytes.Length / 4);
            var rowids = ArrayPool<long>.Shared.Rent(capacity);
            var frequencies = ArrayPool<double>.Shared.Rent(capacity);
            var count = 0;
            var at = 0;
            var next = 0;
            var rowid = 0L;
            try
            {
                while (at < bytes.Length)
                {
                    while (next < whole.Count && whole[next] < at)
                    {
                        next++;
                    }

                    if (count == 0 || (next < whole.Count && whole[next] == at))
                    {
                        rowid = Fts5Segment.Varint(bytes, ref at);
                    }
                    else
                    {
                        rowid += Fts5Segment.Varint(bytes, ref at);
                    }

                    var size = Fts5Segment.Varint(bytes, ref at);
                    if ((size & 1) != 0)
                    {
                        throw new InvalidDataException("FTS5: marca de borrado en la lista.");
                    }

                    var end = at + (int)(size >> 1);
                    if (end > bytes.Length)
                    {
                        throw new InvalidDataException("FTS5: lista de posiciones cortada.");
                    }

                    var column = 0L;
                    var weight = weights[0];
                    var frequency = 0.0;
                    while (at < end)
                    {
                        // Most positions are one byte; a position's value is not needed, only that it is one.
                        var b = bytes[at];
                        if (b >= 0x80)
                        {
                            _ = Fts5Segment.Varint(bytes, ref at);
                        }
                        else if (b == 1)
                        {
                            at++;
                            column = Fts5Segment.Varint(bytes, ref at);
                            weight = column < weights.Length ? weights[column] : 1.0;
                            continue;
                        }
                        else
                        {
                            at++;
                        }

                        frequency += weight;
                    }

                    if (count == rowids.Length)
                    {
                        rowids = Grow(rowids, count);
                        frequencies = Grow(frequencies, count);
                    }

                    rowids[count] = rowid;
                    frequencies[count] = frequency;
                    count++;
                }

                return new Postings(rowids, frequencies, count, pooled: true);
            }
            catch
            {
                ArrayPool<long>.Shared.Return(rowids);
                ArrayPool<double>.Shared.Return(frequencies);
                throw;
            }
        }

        public void Dispose()
        {
            if (pooled)
            {
                ArrayPool<long>.Shared.Return(Rowids);
                ArrayPool<double>.Shared.Return(Frequencies);
            }
        }

        private static T[] Grow<T>(T[] array, int count)
        {
            var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
            array.AsSpan(0, count).CopyTo(larger);
            ArrayPool<T>.Shared.Return(array);
            return larger;
        }
    }
}
