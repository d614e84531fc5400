using OpenData.GraphQL.Data.Hosting;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// The engine's per-service-provider state: where contexts come from, and the bounded cache of collection plans
/// (<see cref="QueryEngineOptions.PlanCacheSize"/>). One singleton, resolved once per collection field.
/// </summary>
internal sealed class CollectionPlans(IDataContextSource source, QueryEngineOptions options)
{
    private readonly PlanCache<PlanKey, CollectionPlan> _plans = new(options.PlanCacheSize);

    public IDataContextSource Source { get; } = source;

    /// <summary>How many plans are kept now (never more than the configured size).</summary>
    public int Count => _plans.Count;

    public CollectionPlan GetOrAdd<TState>(PlanKey key, TState state, Func<PlanKey, TState, CollectionPlan> create) =>
        _plans.GetOrAdd(key, state, create);
}
