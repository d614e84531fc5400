using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>
/// The pooled connection a context holds (a service of the context, one per context instance). Attached when the
/// engine leases the context (its context source's <c>CreateContext</c>): the context uses the open
/// connection without owning it (EF Core neither opens nor closes it). When the context goes back to EF Core's context
/// pool its own connection string is restored and the connection goes back to its <see cref="ServingConnectionPool"/>;
/// when the context is disposed for good the connection goes back too.
/// </summary>
internal sealed class ServingConnectionLease(IRelationalConnection relational) : IResettableService, IDisposable
{
    private ServingConnectionPool? pool;
    private ServingConnection? connection;
    private string? connectionString;

    /// <summary>The leased connection, if any (for tests and diagnostics).</summary>
    public ServingConnection? Connection => connection;

    /// <summary>Makes the context use <paramref name="leased"/> until it is reset or disposed.</summary>
    public void Attach(ServingConnectionPool from, ServingConnection leased)
    {
        if (connection is not null)
        {
            throw new InvalidOperationException("The context already holds a pooled connection.");
        }

        connectionString = relational.ConnectionString;
        relational.SetDbConnection(leased.Connection, contextOwnsConnection: false);
        (pool, connection) = (from, leased);
    }

    public void ResetState() => Release(detach: true);

    public Task ResetStateAsync(CancellationToken cancellationToken = default)
    {
        Release(detach: true);
        return Task.CompletedTask;
    }

    public void Dispose() => Release(detach: false);

    private void Release(bool detach)
    {
        if (connection is null)
        {
            return;
        }

        var (from, leased) = (pool!, connection);
        (pool, connection) = (null, null);
        if (detach)
        {
            // Back to a context that creates (and owns) its own connection from its connection string.
            relational.SetDbConnection(null, contextOwnsConnection: true);
            relational.ConnectionString = connectionString;
        }

        from.Return(leased);
    }
}
