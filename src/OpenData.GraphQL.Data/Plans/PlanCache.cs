namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// A bounded least-recently-used map, safe under concurrency: at most <see cref="Capacity"/> entries; a lookup
/// makes an entry the most recent, an insertion beyond the capacity drops the least recent. A capacity of 0 keeps
/// nothing (every lookup builds afresh).
/// </summary>
internal sealed class PlanCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = [];
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private readonly Lock _gate = new();

    public int Capacity { get; } = Math.Max(0, capacity);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The entry of <paramref name="key"/>, built by <paramref name="create"/> (outside the lock) when absent.</summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        if (TryGet(key, out var found))
        {
            return found;
        }

        // Two requests of a new shape may both build it; plans hold no request values, so either one is right.
        var value = create(key, state);
        if (Capacity == 0)
        {
            return value;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
                _recency.AddFirst(existing);
                return existing.Value.Value;
            }

            if (_entries.Count >= Capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst((key, value));
            return value;
        }
    }

    private bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                value = node.Value.Value;
                return true;
            }
        }

        value = default!;
        return false;
    }
}
