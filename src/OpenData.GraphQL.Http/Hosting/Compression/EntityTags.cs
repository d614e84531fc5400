using Microsoft.AspNetCore.Http;

namespace OpenData.GraphQL.Http.Hosting.Compression;

internal static class EntityTags
{
    /// <summary>Turns <c>ETag: "x"</c> into <c>ETag: W/"x"</c>; a weak or absent ETag stays as it is.</summary>
    public static void Weaken(HttpResponse response)
    {
        var etag = response.Headers.ETag.ToString();
        if (etag.StartsWith('"'))
        {
            response.Headers.ETag = "W/" + etag;
        }
    }
}
