namespace OpenData.Api.Hosting;

/// <summary>
/// HEAD wherever GET works: a HEAD request is served as the GET it mirrors, with the body discarded, so that it gets
/// the same status and headers. Downloads answer HEAD themselves (without reading the table), so they are left alone.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
        // Any other request passes straight on (no state machine of its own).
        !HttpMethods.IsHead(context.Request.Method) || context.Request.Path.StartsWithSegments("/export")
            ? next(context)
            : AnswerHeadAsync(context, next));

    private static async Task AnswerHeadAsync(HttpContext context, RequestDelegate next)
    {
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    }
}
