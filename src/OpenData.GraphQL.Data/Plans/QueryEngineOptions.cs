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
}
