using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Observability;

namespace OpenData.Api.Exports;

/// <summary>
/// The caching rules of GET /graphql applied to downloads: a weak ETag hashed from the dataset version and the
/// normalized request, <c>Cache-Control: public, max-age=GraphQL:Http:CacheMaxAgeSeconds</c> (<c>no-cache</c>
/// when 0), and 304 when If-None-Match names the ETag.
/// </summary>
internal static class ExportCaching
{
    public static string ETag(string version, params string[] normalizedRequest)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', [version, .. normalizedRequest])));
        return $"W/\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"";
    }

    /// <summary>The header naming the published release a download belongs to (absent when the data is not a release).</summary>
    public const string ReleaseHeader = "Dataset-Release";

    /// <summary>Sets ETag and Cache-Control (and the release header); true when the client already holds this version (answer 304).</summary>
    public static bool SetHeadersAndCheckFresh(HttpContext context, string etag)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (ReleaseOf(context) is { } release)
        {
            context.Response.Headers[ReleaseHeader] = release;
        }

        var maxAge = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.CacheMaxAgeSeconds;
        context.Response.Headers.ETag = etag;
        context.Response.Headers.CacheControl = maxAge > 0 ? "public, max-age=" + maxAge.ToString(CultureInfo.InvariantCulture) : "no-cache";
        var header = context.Request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        var fresh = tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        context.RequestServices.GetService<GraphQLHttpMetrics>()?.CacheLookup("download-etag", fresh);
        return fresh;
    }

    private static string? ReleaseOf(HttpContext context)
    {
        var services = context.RequestServices;
        var info = services.GetRequiredService<Dataset.DatasetMetadata>().GetAsync(context.RequestAborted).GetAwaiter().GetResult();
        return services.GetRequiredService<Schema.Releases.ReleaseCatalog>().ReleaseOf(info)?.Id;
    }
}
