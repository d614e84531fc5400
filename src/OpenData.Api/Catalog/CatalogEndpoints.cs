using OpenData.Api.Data;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;

namespace OpenData.Api.Catalog;

/// <summary>GET /catalog.json: the DCAT catalogue with absolute download addresses (Dataset:PublicUrl, or the address the request came to).</summary>
internal static class CatalogEndpoints
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<DistributionDigests>();
        services.AddSingleton<CatalogBuilder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/catalog.json", ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ServeAsync(
        HttpContext context, DatasetMetadata metadata, CatalogBuilder catalog, DistributionDigests digests, DatasetOptions options)
    {
        try
        {
            await ServeCatalogAsync(context, metadata, catalog, digests, options);
        }
        catch (Exception e) when (DatasetFailures.IsStoreFailure(e) && !context.Response.HasStarted)
        {
            await DatasetFailures.AnswerAsync(context, e, "catalog");
        }
    }

    private static async Task ServeCatalogAsync(
        HttpContext context, DatasetMetadata metadata, CatalogBuilder catalog, DistributionDigests digests, DatasetOptions options)
    {
        // Addresses come from Dataset:PublicUrl, else from a trusted Host only (relative otherwise): the answer
        // varies with Host only then.
        var requestBase = options.PublicUrl is null ? TrustedHost.BaseAddress(context.Request, options.AllowedHosts) : null;
        if (options.PublicUrl is null)
        {
            context.Response.Headers.Vary = "Host";
        }

        var version = await metadata.GetVersionAsync(context.RequestAborted);
        var baseUrl = catalog.DownloadUrl("", requestBase);
        if (ExportCaching.SetHeadersAndCheckFresh(context, ExportCaching.ETag(version, "/catalog.json", baseUrl)))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var all = await digests.GetAsync(context.RequestAborted);
        var document = await catalog.BuildAsync(all, path => catalog.DownloadUrl(path, requestBase), context.RequestAborted);
        var bytes = CatalogBuilder.Serialize(document);
        context.Response.ContentType = "application/ld+json; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
