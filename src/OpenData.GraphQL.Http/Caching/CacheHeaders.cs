using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OpenData.GraphQL.Http.Caching;

/// <summary>The caching headers: successful GETs are public for max-age seconds with their ETag; anything else is no-store.</summary>
internal static class CacheHeaders
{
    public static void Cacheable(HttpResponse response, string etag, int maxAgeSeconds)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = maxAgeSeconds > 0
            ? "public, max-age=" + maxAgeSeconds.ToString(CultureInfo.InvariantCulture)
            : "no-cache";
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
    }

    public static void NotCacheable(HttpResponse response) => response.Headers.CacheControl = "no-store";
}
