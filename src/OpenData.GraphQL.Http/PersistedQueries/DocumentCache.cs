using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.PersistedQueries;

/// <summary>
/// A bounded least-recently-used cache from a document's SHA-256 hash to its text and parsed, validated
/// document. It is both the parsed-document cache and the store of automatic persisted queries. It also finds an
/// entry by its text (<see cref="FindByQuery"/>), so a repeated document costs a string lookup, not a SHA-256.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _byQuery = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly Lock _gate = new();

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

    public CachedDocument? Find(string hash)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(hash, out var node) ? Touch(node) : null;
        }
    }

    /// <summary>The entry whose text is exactly <paramref name="query"/>, with its hash; null when none is cached.</summary>
    public CachedDocument? FindByQuery(string query)
    {
        lock (_gate)
        {
            return _byQuery.TryGetValue(query, out var node) ? Touch(node) : null;
        }
    }

    private CachedDocument Touch(LinkedListNode<CachedDocument> node)
    {
        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }

        return node.Value;
    }

    public void Store(string hash, string query, GraphQLDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(hash, out var existing))
            {
                _recency.Remove(existing);
                _byQuery.Remove(existing.Value.Query);
            }
            else if (_entries.Count >= capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
                _byQuery.Remove(oldest.Value.Query);
            }

            var node = _recency.AddFirst(new CachedDocument(hash, query, document));
            _entries[hash] = node;
            _byQuery[query] = node;
        }
    }
}

/// <summary>A document that parsed and validated once, with the text it came from.</summary>
internal sealed record CachedDocument(string Hash, string Query, GraphQLDocument Document);
