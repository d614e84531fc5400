using Microsoft.Net.Http.Headers;
using OpenData.Api.Errors;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Explorer;

/// <summary>The browser explorer: GET / (and GET /graphql from a browser) serves a page that needs no internet.</summary>
public static class ExplorerEndpoints
{
    public static IServiceCollection AddExplorer(this IServiceCollection services)
    {
        services.AddSingleton<ExplorerAssets>();
        services.AddSingleton<ExampleQueries>();
        services.AddSingleton<IdeAssets>();
        return services;
    }

    public static IEndpointRouteBuilder MapExplorer(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", ServePage).ExcludeFromDescription();
        // A browser opening /graphql gets the page; the GraphQL endpoint lets such requests fall through to here.
        endpoints.MapGet("/graphql", ServePage).ExcludeFromDescription();
        endpoints.MapGet("/explorer/{file}", async (string file, HttpContext context, ExplorerAssets assets) =>
            assets.Find(file) is { } asset && file != "index.html" ? Serve(context, asset) : await UnknownAsync(context));
        endpoints.MapGet("/explorer/examples.json", (ExampleQueries examples) => Results.Json(examples.All));
        // The developer IDE (GraphiQL) beside the page: /ide/ and its hashed, immutable bundle files.
        // (Routing treats /ide and /ide/ alike: the page's relative paths need the slash, so /ide redirects to it.)
        endpoints.MapGet("/ide/", ServeIdeAsync).ExcludeFromDescription();
        endpoints.MapGet("/ide/assets/{file}", async (string file, HttpContext context, IdeAssets ide) =>
            ide.Find("assets/" + file) is { } asset ? Serve(context, asset, immutable: true) : await UnknownAsync(context)).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ServeIdeAsync(HttpContext context, IdeAssets ide)
    {
        if (!context.Request.Path.Value!.EndsWith('/'))
        {
            return Results.Redirect("/ide/" + context.Request.QueryString);
        }

        if (ide.Find("index.html") is { } page)
        {
            return Serve(context, page);
        }

        // A build made without the IDE's targets (src/explorer-ide): say so with a code, as every other error answer.
        await ErrorBody.WriteAsync(context, StatusCodes.Status404NotFound, ApiErrorCodes.IdeNotBundled, IdeNotBundledMessage);
        return Results.Empty;
    }

    /// <summary>A file the page or the IDE does not have: the same coded 404 as any unknown address.</summary>
    private static async Task<IResult> UnknownAsync(HttpContext context)
    {
        await UnknownAddress.WriteAsync(context);
        return Results.Empty;
    }

    internal const string IdeNotBundledMessage =
        "Esta compilación no incluye el IDE (src/explorer-ide no se empaquetó); el explorador sencillo está en /.";

    public static IResult ServePage(HttpContext context, ExplorerAssets assets) =>
        Serve(context, assets.Find("index.html") ?? throw new InvalidOperationException("The explorer page is not embedded."));

    private static IResult Serve(HttpContext context, Asset asset, bool immutable = false)
    {
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(asset.ETag);
        // Bundle files carry their content hash in their name, so they never change under the same address.
        headers.CacheControl = immutable
            ? new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromDays(365), Extensions = { new NameValueHeaderValue("immutable") } }
            : new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Tag.Equals(asset.ETag, StringComparison.Ordinal)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(asset.Bytes, asset.ContentType);
    }
}
