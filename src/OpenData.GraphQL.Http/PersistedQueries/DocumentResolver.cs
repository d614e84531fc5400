using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.PersistedQueries;

/// <summary>
/// A request's document text, its hash, and the parsed, validated document when the cache already had it.
/// <see cref="Parsed"/> is a document parsed for this request but not yet validated.
/// </summary>
internal sealed record ResolvedDocument(string Query, string Hash, GraphQLDocument? Document)
{
    public GraphQLDocument? Parsed { get; init; }
}

/// <summary>
/// Finds the document of a request: the <c>query</c> it carries (size-checked, and checked against an
/// automatic-persisted-query hash if one is given), or the cached document of a hash-only request. A document
/// over the size limit gets 413, or 414 when it came in the URL of a GET.
/// </summary>
internal static class DocumentResolver
{
    public static (ResolvedDocument? Document, RequestRefusal? Refusal) Resolve(
        GraphQLHttpRequest request, DocumentCache cache, int maxDocumentLength, bool isGet)
    {
        var reference = PersistedQueryReference.Read(request.Extensions, out var refusal);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        if (request.Query is null)
        {
            if (reference is null)
            {
                return (null, RequestRefusal.Malformed("The 'query' parameter is required and must be a string."));
            }

            var cached = cache.Find(reference.Sha256Hash);
            return cached is null
                ? (null, RequestRefusal.NotExecutable(GraphQLHttpErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound"))
                : (new ResolvedDocument(cached.Query, cached.Hash, cached.Document), null);
        }

        if (request.Query.Length > maxDocumentLength)
        {
            return (null, new RequestRefusal(
                isGet ? StatusCodes.Status414UriTooLong : StatusCodes.Status413PayloadTooLarge,
                GraphQLHttpErrorCodes.DocumentTooLarge,
                $"The GraphQL document is longer than {maxDocumentLength} characters."));
        }

        var hash = QueryHash.Of(request.Query);
        if (reference is not null && reference.Sha256Hash != hash)
        {
            return (null, new RequestRefusal(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.PersistedQueryHashMismatch,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 hash of the query."));
        }

        return (new ResolvedDocument(request.Query, hash, cache.Find(hash)?.Document), null);
    }
}
