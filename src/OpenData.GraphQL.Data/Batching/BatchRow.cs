namespace OpenData.GraphQL.Data.Batching;

/// <summary>A fetched child with the key of its parent.</summary>
internal sealed record BatchRow(object Key, object? Value);
