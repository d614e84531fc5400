namespace OpenData.GraphQL.Data.Plans;

/// <summary>Settings of the query engine (bind them from configuration, e.g. the section <c>QueryEngine</c>).</summary>
public sealed class QueryEngineOptions
{
    /// <summary>The configuration section an application binds the options from.</summary>
    public const string SectionName = "QueryEngine";

    /// <summary>
    /// How many collection plans (one per query shape: the field in its document and its <c>order</c>) are kept,
    /// least recently used dropped first; 0 turns the cache off. Default 1000.
    /// </summary>
    public int PlanCacheSize { get; set; } = 1000;

    /// <summary>
    /// With contexts configured by <c>UseServingConnections</c> (SQLite, PostgreSQL): how many connections stay open for
    /// the engine's contexts (each leased to one context at a time); contexts beyond them open and close their own per query.
    /// 0 turns the reuse off. Default 16.
    /// </summary>
    public int ServingConnections { get; set; } = 16;

    /// <summary>
    /// Prepared statements kept per serving connection (by SQL text, least recently used finalized first); 0 prepares
    /// every statement again. Default 32.
    /// </summary>
    public int StatementCacheSize { get; set; } = 32;

    /// <summary>
    /// Whether a compiled query shape, after its first execution through EF Core, runs EF Core's SQL and materializer
    /// directly (the same SQL, parameters and rows, without EF Core's per-execution pipeline): on SQLite serving
    /// connections on the prepared statement, on other providers (PostgreSQL) on a command of the context's connection.
    /// SQLite contexts with their own connection always run through EF Core. Default true.
    /// </summary>
    public bool DirectReads { get; set; } = true;

    /// <summary>
    /// Whether the batched relation fetches (a level's children, references and entities by several keys, and lists of one
    /// parent) are compiled once per shape with the keys bound, as the other shapes are (the same SQL as their ad-hoc
    /// statements); false runs them as ad-hoc EF Core queries. Needs the plan cache (<see cref="PlanCacheSize"/> above 0).
    /// Default true.
    /// </summary>
    public bool CompiledBatches { get; set; } = true;
}
