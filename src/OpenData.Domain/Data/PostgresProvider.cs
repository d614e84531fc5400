namespace OpenData.Domain.Data;

/// <summary>Names the model needs to recognise the PostgreSQL provider without depending on its API.</summary>
public static class PostgresProvider
{
    /// <summary>EF Core's provider name for Npgsql.</summary>
    public const string Name = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Byte-order collation: strings compare and sort by code point, as SQLite's default BINARY collation.</summary>
    public const string BinaryCollation = "C";
}
