namespace OpenData.GraphQL.Data.Paging;

/// <summary>What one page reads: the decoded cursors (null when absent), the direction and how many rows at most.</summary>
internal readonly record struct PageRequest(object?[]? After, object?[]? Before, bool Backward, int Take);
