using OpenData.Api.Search.Ranking;

namespace OpenData.Api.Search;

/// <summary>
/// The expression and statement a SQLite search runs. A query whose last bare word is whole in the index (no longer
/// indexed word begins with it) runs <see cref="SearchQuery.WholeWordMatch"/>: its prefix group
/// <c>("w" OR "w" *)</c> then finds exactly the records and instances of <c>"w"</c>, which FTS5 reads from one doclist
/// instead of merging a prefix's doclists and OR-ing two iterators (about 3× less to find the matches of the benchmark's
/// words), and the ranking function scores the group's two phrases from that one (<see cref="RankingCall.Phrases"/>): the
/// same doubles and the same count. The page's snippets are written under <see cref="SearchQuery.WholeWordSnippetMatch"/>,
/// <c>("w" OR "w")</c>: phrase for phrase the instances of the query's own expression, so the same snippets. Otherwise
/// the query's own <see cref="SearchQuery.Match"/>.
/// </summary>
internal sealed record Fts5SearchPlan(string Match, IReadOnlyList<int>? Phrases, string SnippetMatch, string Sql, uint? Version)
{
    /// <summary>The plan for <paramref name="query"/> on the connection of <paramref name="index"/>.</summary>
    public static Fts5SearchPlan For(RankedIndex index, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        if (query.PrefixWord is { } word && index.IsWhole(word) is (true, var version))
        {
            return new Fts5SearchPlan(query.WholeWordMatch!, query.WholeWordPhrases, query.WholeWordSnippetMatch!, Fts5SearchStore.LookupPageSql, version);
        }

        return Original(query);
    }

    /// <summary>The query's own expression, which needs nothing of the vocabulary.</summary>
    public static Fts5SearchPlan Original(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new Fts5SearchPlan(query.Match, null, query.Match, query.Parts.Any(p => p.Prefix) ? Fts5SearchStore.RangePageSql : Fts5SearchStore.LookupPageSql, null);
    }

    /// <summary>
    /// True when the statement just run on the connection read the version this plan was made for; false when the file
    /// was written in between (the word may no longer be whole): the search must then run <see cref="Original"/>.
    /// </summary>
    public bool HeldFor(RankedIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Version is not { } version || index.DataVersion() == version;
    }
}
