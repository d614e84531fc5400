namespace OpenData.Api.Search;

/// <summary>
/// One term of a parsed search, for stores that build their own query form: its folded words, whether they are a
/// quoted phrase (all words, in order, next to each other), and whether the term also matches as a prefix (the last
/// word outside quotes).
/// </summary>
internal sealed record SearchTerm(IReadOnlyList<string> Words, bool Phrase, bool Prefix);
