using OpenData.Api.Data;
using OpenData.Api.Dataset;
using OpenData.Api.Errors;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Exports;

/// <summary>
/// Bulk downloads: GET /export/&lt;collection&gt;.csv|.json|.ndjson (<c>?bom=1</c> adds a UTF-8 BOM),
/// GET /export/opendata.sqlite (the catalogue that lists them is Catalog's). HEAD answers a download's headers without
/// streaming it.
/// </summary>
public static class ExportEndpoints
{
    public static IServiceCollection AddBulkDownloads(this IServiceCollection services)
    {
        services.AddSingleton<DatasetExporter>();
        services.AddSingleton<DownloadWriter>();
        return services;
    }

    public static IEndpointRouteBuilder MapBulkDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/export/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ServeAsync(string file, HttpContext context, DatasetMetadata metadata, DownloadWriter writer)
    {
        try
        {
            await ServeDownloadAsync(file, context, metadata, writer);
        }
        catch (Exception e) when (DatasetFailures.IsStoreFailure(e) && !context.Response.HasStarted)
        {
            await DatasetFailures.AnswerAsync(context, e, "export");
        }
    }

    private static async Task ServeDownloadAsync(string file, HttpContext context, DatasetMetadata metadata, DownloadWriter writer)
    {
        var download = writer.Offered.FirstOrDefault(d => d.Path == "export/" + file);
        if (download is null)
        {
            await NotFoundAsync(context, file, writer.Offered);
            return;
        }

        var bom = download.Table is not null && context.Request.Query["bom"] == "1";
        var version = await metadata.GetVersionAsync(context.RequestAborted);
        if (ExportCaching.SetHeadersAndCheckFresh(context, ExportCaching.ETag(version, "/" + download.Path, bom ? "bom" : "")))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var response = context.Response;
        response.ContentType = download.Table is null ? download.MediaType : download.MediaType + "; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{download.AttachmentName(version)}\"";
        if (download.Table is null)
        {
            response.ContentLength = new FileInfo(writer.DatabasePath).Length;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (download.Table is { } table && download.Format is { } format)
        {
            var exporter = context.RequestServices.GetRequiredService<DatasetExporter>();
            await exporter.WriteAsync(table, format, bom, response.Body, context.RequestAborted);
        }
        else
        {
            await response.SendFileAsync(writer.DatabasePath, context.RequestAborted);
        }
    }

    private static Task NotFoundAsync(HttpContext context, string file, IReadOnlyList<Download> offered) =>
        ErrorBody.WriteAsync(
            context,
            StatusCodes.Status404NotFound,
            ApiErrorCodes.ExportNotFound,
            $"No hay descarga «{file}». Pide /export/<colección>.<formato> o /export/{Download.DatabaseFileName}.",
            new Dictionary<string, object>
            {
                ["collections"] = ExportTables.All.Select(t => t.Name).ToArray(),
                ["formats"] = ExportFormat.All.Select(f => f.Extension).ToArray(),
                ["files"] = offered.Select(d => "/" + d.Path).ToArray(),
            });
}
