using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.Contexts;

/// <summary>
/// Creates the short-lived DbContexts the engine uses: one per collection resolver, per count and per batch,
/// so resolvers running in parallel never share a context.
/// </summary>
public interface IDataContextSource
{
    /// <summary>The EF model (used to build expressions before a context is needed).</summary>
    IModel Model { get; }

    /// <summary>True when the provider does not sort nulls first ascending by itself (e.g. PostgreSQL).</summary>
    bool NeedsExplicitNullOrdering { get; }

    /// <summary>A new context; the caller disposes it.</summary>
    DbContext CreateContext();
}
