using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Domain.Synthetic;

/// <summary>The open connection and transaction the generator writes through, with the provider's identifier quoting and the text fold.</summary>
internal sealed class SyntheticTarget(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, Func<string?, string?> fold)
{
    /// <summary>Suffix of the shadow columns that hold folded copies of text (the query engine's convention).</summary>
    public const string FoldedSuffix = "_folded";

    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public string Quote(string identifier) => sql.DelimitIdentifier(identifier);

    public string? Fold(string? text) => fold(text);
}
