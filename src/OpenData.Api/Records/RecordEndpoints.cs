using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GraphQL;
using GraphQL.Types;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Records;

/// <summary>
/// A page per record, rendered by the server and readable without JavaScript: GET /registros/{kind}/{slug}
/// (for example /registros/history-event/avgm-declaracion-2018). Cached like the downloads: an ETag from the
/// dataset version and the address, 304 when the client has it.
/// </summary>
public static class RecordEndpoints
{
    public static IServiceCollection AddRecordPages(this IServiceCollection services)
    {
        services.AddSingleton<RecordKinds>();
        return services;
    }

    public static IEndpointRouteBuilder MapRecordPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/registros/{kind}/{slug}", [HttpMethods.Get, HttpMethods.Head], ServeAsync).ExcludeFromDescription();
        // What the explorer needs to name and link records: each kind's address segment, label and display field.
        endpoints.MapGet("/registros/tipos.json", (RecordKinds kinds) => Results.Json(kinds.All.Select(k => new
        {
            type = k.TypeName,
            segment = k.Segment,
            label = RecordKinds.Label(k.Description, k.TypeName),
            displayField = k.DisplayField,
            hasSources = k.Fields.Any(f => f.Shape == FieldShape.Sources),
        }))).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task ServeAsync(string kind, string slug, HttpContext context, RecordKinds kinds, DatasetMetadata metadata, ISchema schema)
    {
        var recordKind = kinds.FindBySegment(kind);
        if (recordKind is null)
        {
            await NotFoundAsync(context, $"No hay registros de tipo «{kind}». Tipos: {string.Join(", ", kinds.All.Select(k => k.Segment))}.");
            return;
        }

        var version = await metadata.GetVersionAsync(context.RequestAborted);
        if (ExportCaching.SetHeadersAndCheckFresh(context, ExportCaching.ETag(version, RecordKinds.PathOf(recordKind.TypeName, slug))))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var query = RecordQuery.For(recordKind, schema);
        var id = recordKind.LookupField is null ? GlobalId.Encode(recordKind.TypeName, slug) : slug;
        var variables = new JsonObject { ["id"] = id }.ToJsonString();
        var data = await ExecuteAsync(context, query, id);
        if (data["registro"] is not JsonObject record)
        {
            context.Response.Headers.CacheControl = "no-cache";
            await NotFoundAsync(context, $"No hay ningún registro «{slug}» de tipo {recordKind.TypeName}.");
            return;
        }

        var citation = data["dataset"]?["citation"]?.GetValue<string>() ?? "";
        var address = new Uri($"{context.Request.Scheme}://{context.Request.Host}{RecordKinds.PathOf(recordKind.TypeName, slug)}");
        var html = new RecordPage(recordKind, record, citation, query, variables, address).Render();
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(html, context.RequestAborted);
        }
    }

    /// <summary>Runs the page's query in process, through the same executer and per-request configuration as /graphql.</summary>
    private static async Task<JsonObject> ExecuteAsync(HttpContext context, string query, string id)
    {
        var options = new ExecutionOptions
        {
            Query = query,
            Variables = new Inputs(new Dictionary<string, object?> { ["id"] = id }),
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            ThrowOnUnhandledException = true,
        };
        foreach (var configurator in context.RequestServices.GetServices<IExecutionOptionsConfigurator>())
        {
            await configurator.ConfigureAsync(options, context);
        }

        var result = await context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options);
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var json = JsonNode.Parse(serializer.Serialize(result))?.AsObject();
        if (json?["data"] is not JsonObject data)
        {
            // No data at all means the page's own query was refused: a bug, not a missing record.
            throw new InvalidOperationException("The record page's query failed: " + json?["errors"]?.ToJsonString());
        }

        return data;
    }

    private static async Task NotFoundAsync(HttpContext context, string message)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/html; charset=utf-8";
        var encoder = HtmlEncoder.Create(UnicodeRanges.All);
        await context.Response.WriteAsync(
            "<!doctype html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>Registro no encontrado</title><link rel=\"stylesheet\" href=\"/explorer/record.css\"></head><body><main>"
            + "<h1>Registro no encontrado</h1><p>" + encoder.Encode(message) + "</p><p><a href=\"/\">Buscar en los datos</a></p></main></body></html>\n",
            context.RequestAborted);
    }
}
