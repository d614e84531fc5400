namespace OpenData.Api.Exports;

/// <summary>Size, SHA-256 (lowercase hex) and, for a collection, row count of one download's bytes.</summary>
internal sealed record FileDigest(long ByteSize, string Sha256, long? Rows);
