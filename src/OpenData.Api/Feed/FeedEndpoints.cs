using Microsoft.EntityFrameworkCore;
using OpenData.Api.Catalog;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;
using OpenData.Api.Schema.Releases;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Feed;

/// <summary>GET /changes.atom: the releases and what each changed, for feed readers (cached like the downloads).</summary>
internal static class FeedEndpoints
{
    public const string Path = "/changes.atom";

    public static IEndpointRouteBuilder MapChangesFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ServeAsync(
        HttpContext context, DatasetMetadata metadata, ReleaseCatalog releases, CatalogBuilder catalog, IDbContextFactory<OpenDataDbContext> contexts)
    {
        var request = context.Request;
        var requestBase = new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");
        var info = await metadata.GetAsync(context.RequestAborted);
        var feedUrl = new Uri(catalog.DownloadUrl(Path.TrimStart('/'), requestBase));
        if (ExportCaching.SetHeadersAndCheckFresh(context, ExportCaching.ETag(info.Version, Path, feedUrl.ToString())))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        Dictionary<string, IReadOnlyList<RecordChange>> changes;
        var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        await using (db)
        {
            var steps = await db.RecordChanges.AsNoTracking().Where(c => c.IsStep).Include(c => c.Fields)
                .OrderBy(c => c.Id).ToListAsync(context.RequestAborted);
            changes = steps.GroupBy(c => c.UntilReleaseId)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<RecordChange>)[.. g.Select(c => Ordered(c))], StringComparer.Ordinal);
        }

        var bytes = ChangesFeed.Write(catalog.Options.Title, catalog.Options.Publisher, feedUrl,
            new Uri(catalog.DownloadUrl("graphql", requestBase)), info.BuiltAt, releases.All, changes);
        context.Response.ContentType = ChangesFeed.MediaType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static RecordChange Ordered(RecordChange change)
    {
        change.Fields = [.. change.Fields.OrderBy(f => f.Position)];
        return change;
    }
}
