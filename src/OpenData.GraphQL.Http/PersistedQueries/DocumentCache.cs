using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.PersistedQueries;

/// <summary>
/// A bounded least-recently-used cache from a document's SHA-256 hash to its text and parsed, validated
/// document. It is both the parsed-document cache and the store of automatic persisted queries.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
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
            if (!_entries.TryGetValue(hash, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
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
            }
            else if (_entries.Count >= capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }

            _entries[hash] = _recency.AddFirst(new CachedDocument(hash, query, document));
        }
    }
}

/// <summary>A document that parsed and validated once, with the text it came from.</summary>
internal sealed record CachedDocument(string Hash, string Query, GraphQLDocument Document);
