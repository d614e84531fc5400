namespace OpenData.Api.Search;

/// <summary>
/// The SQLite FTS5 table the dataset build writes: columns <c>type</c> and <c>slug</c> (stored, not matched),
/// <c>title</c> and <c>body</c> (matched), tokenized with <c>unicode61 remove_diacritics 2</c> so case and accents
/// (á é í ó ú ü ñ) never matter.
/// </summary>
internal static class SearchIndex
{
    public const string Table = "SearchIndex";

    /// <summary>bm25 weight of a match in the title; a match in the body weighs 1.</summary>
    public const double TitleWeight = 5.0;

    public const string Create =
        $"""CREATE VIRTUAL TABLE "{Table}" USING fts5(type UNINDEXED, slug UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')""";

    public const string Insert = $"""INSERT INTO "{Table}" (type, slug, title, body) VALUES ($type, $slug, $title, $body)""";

    /// <summary>Merges the index b-trees into one: smaller and faster to read, and the same bytes on every build.</summary>
    public const string Optimize = $"""INSERT INTO "{Table}" ("{Table}") VALUES ('optimize')""";
}
