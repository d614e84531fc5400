using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace OpenData.GraphQL.Http.Execution.Values;

/// <summary>
/// A request's argument or directive values as the execution reads them: the validator's dictionary itself, until
/// something writes (GraphQL.NET's field collection adds an entry when it merges two selections of one response name);
/// the first write copies it into a <see cref="ConcurrentDictionary{TKey, TValue}"/>, which every later read and write
/// uses. The validator's dictionary is never written, so a read racing the copy reads a dictionary no one changes.
/// </summary>
internal sealed class CopyOnWriteDictionary<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> values)
    : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private IReadOnlyDictionary<TKey, TValue> _values = values;

    private IReadOnlyDictionary<TKey, TValue> Current => Volatile.Read(ref _values);

    private ConcurrentDictionary<TKey, TValue> Writable
    {
        get
        {
            if (Current is ConcurrentDictionary<TKey, TValue> copy)
            {
                return copy;
            }

            lock (_gate)
            {
                if (_values is not ConcurrentDictionary<TKey, TValue> concurrent)
                {
                    concurrent = new ConcurrentDictionary<TKey, TValue>(_values);
                    Volatile.Write(ref _values, concurrent);
                }

                return concurrent;
            }
        }
    }

    public TValue this[TKey key]
    {
        get => Current[key];
        set => Writable[key] = value;
    }

    public int Count => Current.Count;

    public bool IsReadOnly => false;

    public ICollection<TKey> Keys => Writable.Keys;

    public ICollection<TValue> Values => Writable.Values;

    IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Current.Keys;

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Current.Values;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => Current.TryGetValue(key, out value);

    public bool ContainsKey(TKey key) => Current.ContainsKey(key);

    public bool Contains(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)Writable).Contains(item);

    public void Add(TKey key, TValue value)
    {
        if (!Writable.TryAdd(key, value))
        {
            throw new ArgumentException("An item with the same key has already been added.", nameof(key));
        }
    }

    public void Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

    public bool Remove(TKey key) => Writable.TryRemove(key, out _);

    public bool Remove(KeyValuePair<TKey, TValue> item) => ((ICollection<KeyValuePair<TKey, TValue>>)Writable).Remove(item);

    public void Clear() => Writable.Clear();

    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => ((ICollection<KeyValuePair<TKey, TValue>>)Writable).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Current.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
