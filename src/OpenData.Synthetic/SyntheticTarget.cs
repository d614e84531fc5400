using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.Synthetic;

/// <summary>The open connection and transaction the generator writes through and the provider's identifier quoting.</summary>
internal sealed class SyntheticTarget(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql)
{
    public DbConnection Connection { get; } = connection;

    public DbTransaction Transaction { get; } = transaction;

    public string Quote(string identifier) => sql.DelimitIdentifier(identifier);
}
