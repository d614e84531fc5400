using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenData.GraphQL.Data.Collation;

/// <summary>
/// The one place SQLite learns the model's collations: before a connection first opens, each
/// <see cref="TextCollation"/> is registered on it (Microsoft.Data.Sqlite keeps the registration and applies it on
/// every later open of that connection). Other providers define collations in the database and are left alone.
/// </summary>
internal sealed class TextCollationInterceptor(IReadOnlyList<TextCollation> collations) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, object> registered = [];

    public IReadOnlyList<TextCollation> Collations { get; } = collations;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Register(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return ValueTask.FromResult(result);
    }

    private void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite || registered.TryGetValue(connection, out _))
        {
            return;
        }

        foreach (var collation in Collations)
        {
            sqlite.CreateCollation(collation.Name, collation.Compare);
        }

        registered.AddOrUpdate(connection, this);
    }
}
