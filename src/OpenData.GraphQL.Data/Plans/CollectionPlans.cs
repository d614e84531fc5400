using OpenData.GraphQL.Data.Contexts;

namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// The engine's per-service-provider state: where contexts come from, the bounded cache of collection plans and the
/// bounded cache of compiled queries per shape (each <see cref="QueryEngineOptions.PlanCacheSize"/> entries at most).
/// One singleton, resolved once per collection field.
/// </summary>
internal sealed class CollectionPlans(IDataContextSource source, QueryEngineOptions options)
{
    private readonly PlanCache<PlanKey, CollectionPlan> _plans = new(options.PlanCacheSize);
    private readonly PlanCache<QueryShapeKey, object> _queries = new(options.PlanCacheSize);
    private long _batchExecutions;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Type Entity, Type Query), object> _entities = new();

    public IDataContextSource Source { get; } = source;

    /// <summary>Whether compiled shapes run directly once captured, and how many executions did.</summary>
    public DirectReads Direct { get; } = new(options.DirectReads);

    /// <summary>How many plans are kept now (never more than the configured size).</summary>
    public int Count => _plans.Count;

    /// <summary>How many compiled queries are kept now (never more than the configured size).</summary>
    public int QueryCount => _queries.Count;

    /// <summary>False when the cache is off (size 0): compiling a query per request would cost more than it saves.</summary>
    public bool CompilesQueries => _queries.Capacity > 0;

    /// <summary>How many batched fetches ran as compiled shapes since start (for tests and diagnostics).</summary>
    public long BatchExecutions => Interlocked.Read(ref _batchExecutions);

    /// <summary>Whether the batched fetches of several keys are compiled too (<see cref="QueryEngineOptions.CompiledBatches"/>).</summary>
    public bool CompilesBatches => CompilesQueries && options.CompiledBatches;

    public void CountBatch() => Interlocked.Increment(ref _batchExecutions);

    public CollectionPlan GetOrAdd<TState>(PlanKey key, TState state, Func<PlanKey, TState, CollectionPlan> create) =>
        _plans.GetOrAdd(key, state, create);

    /// <summary>
    /// The compiled query of an entity type of kind <typeparamref name="TQuery"/> (by one key, by several: one of each per
    /// entity type of the model, a bounded set), built by <paramref name="create"/> when absent.
    /// </summary>
    public TQuery GetOrAddEntityQuery<TQuery>(Type entityType, Func<TQuery> create)
        where TQuery : class =>
        (TQuery)_entities.GetOrAdd((entityType, typeof(TQuery)), static (_, create) => create(), create);

    /// <summary>The compiled query of <paramref name="key"/>, built by <paramref name="create"/> when absent.</summary>
    public TQuery GetOrAddQuery<TQuery, TState>(QueryShapeKey key, TState state, Func<TState, TQuery> create)
        where TQuery : class =>
        (TQuery)_queries.GetOrAdd(key, (State: state, Create: create), static (_, s) => s.Create(s.State));
}
