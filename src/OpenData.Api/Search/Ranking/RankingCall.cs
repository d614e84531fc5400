using System.Collections.Concurrent;

namespace OpenData.Api.Search.Ranking;

/// <summary>
/// One ranking statement in flight: the ranking function (<see cref="Fts5RankFunction"/>) hands it every match's score,
/// and it keeps only the <see cref="Keep"/> best by (score, rowid), the order of <c>ORDER BY score, rowid</c>, and
/// counts the matches. The statement names it by <see cref="Id"/>, a parameter: the function finds it in
/// <see cref="Find"/>. Disposing forgets it.
/// </summary>
internal sealed class RankingCall : IDisposable
{
    private static readonly ConcurrentDictionary<long, RankingCall> Calls = new();
    private static long lastId;

    // A max-heap of the kept matches: the worst kept one on top, so a match enters only when it beats it.
    // Grown as matches come (a far page of few matches holds only those), up to Keep.
    private double[] scores;
    private long[] rowids;
    private int kept;

    private RankingCall(string match, IReadOnlyList<int>? phrases, int offset, int keep)
    {
        Match = match;
        Phrases = phrases;
        Offset = offset;
        Keep = keep;
        scores = new double[Math.Min(keep, 64)];
        rowids = new long[scores.Length];
        Id = Interlocked.Increment(ref lastId);
        Calls[Id] = this;
    }

    public long Id { get; }

    /// <summary>The FTS5 match expression being ranked: the key of its phrases' IDFs.</summary>
    public string Match { get; }

    /// <summary>
    /// Null when bm25 scores <see cref="Match"/>'s own phrases; otherwise, for each phrase bm25 scores, the phrase of
    /// <see cref="Match"/> with the same instances (<see cref="SearchQuery.WholeWordPhrases"/>).
    /// </summary>
    public IReadOnlyList<int>? Phrases { get; }

    /// <summary>Where the page begins among the matches, best first.</summary>
    public int Offset { get; }

    /// <summary>How many of the best matches are kept (the page's offset plus its size).</summary>
    public int Keep { get; }

    /// <summary>Matches seen.</summary>
    public int Count { get; private set; }

    /// <summary>What the function knows of the connection and query once it has seen the first match.</summary>
    internal RankingQuery? Query { get; set; }

    /// <summary>A call that keeps the first <paramref name="offset"/> + <paramref name="limit"/> matches.</summary>
    public static RankingCall Begin(string match, int offset, int limit) => Begin(match, null, offset, limit);

    /// <summary>As <see cref="Begin(string, int, int)"/>, scoring the phrases <paramref name="phrases"/> stands for.</summary>
    public static RankingCall Begin(string match, IReadOnlyList<int>? phrases, int offset, int limit) =>
        new(match, phrases, offset, (int)Math.Clamp((long)offset + limit, 0, Array.MaxLength));

    public static RankingCall? Find(long id) => Calls.TryGetValue(id, out var call) ? call : null;

    /// <summary>Takes a match's score.</summary>
    public void Add(double score, long rowid)
    {
        Count++;
        if (kept < Keep)
        {
            if (kept == scores.Length)
            {
                var capacity = (int)Math.Min((long)kept * 2, Keep);
                Array.Resize(ref scores, capacity);
                Array.Resize(ref rowids, capacity);
            }

            scores[kept] = score;
            rowids[kept] = rowid;
            kept++;
            SiftUp(kept - 1);
        }
        else if (Keep > 0 && Before(score, rowid, scores[0], rowids[0]))
        {
            scores[0] = score;
            rowids[0] = rowid;
            SiftDown(0);
        }
    }

    /// <summary>The page: the kept matches from <see cref="Offset"/>, best first, as (rowid, score).</summary>
    public IReadOnlyList<(long Rowid, double Score)> Page()
    {
        var offset = Offset;
        var all = new (long Rowid, double Score)[kept];
        for (var i = 0; i < kept; i++)
        {
            all[i] = (rowids[i], scores[i]);
        }

        Array.Sort(all, static (x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Rowid.CompareTo(y.Rowid));
        return offset >= all.Length ? [] : all[offset..];
    }

    public void Dispose() => Calls.TryRemove(Id, out _);

    private static bool Before(double score, long rowid, double otherScore, long otherRowid) =>
        score < otherScore || (score == otherScore && rowid < otherRowid);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Before(scores[parent], rowids[parent], scores[i], rowids[i]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < kept && Before(scores[worst], rowids[worst], scores[child], rowids[child]))
                {
                    worst = child;
                }
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (rowids[a], rowids[b]) = (rowids[b], rowids[a]);
    }
}
