using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Caching;

/// <summary>
/// The weak ETag of a GET response: a hash of the data version and the normalized request (document hash,
/// operation name, canonical variables and extensions, response media type).
/// </summary>
internal static class ETags
{
    public static string Compute(
        string version, string documentHash, GraphQLHttpRequest request, ResponseMediaType mediaType)
    {
        var normalized = string.Join(
            '\n',
            version,
            documentHash,
            request.OperationName ?? string.Empty,
            CanonicalJson.Write(request.Variables),
            CanonicalJson.Write(request.Extensions, "persistedQuery"),
            mediaType.ContentType());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>Whether If-None-Match names <paramref name="etag"/> (weak comparison) or is <c>*</c>.</summary>
    public static bool Matches(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
