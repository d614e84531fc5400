using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Errors;

/// <summary>
/// The answer to an address the server has nothing at: 404 with a coded error (<see cref="ApiErrorCodes.NotFound"/>)
/// naming the address and where the API, the explorer, the IDE, the downloads and the catalogue are, instead of an
/// empty body. A path that exists for other methods keeps routing's 405.
/// </summary>
public static class UnknownAddress
{
    /// <summary>The longest path the message repeats; a longer one is cut and marked with "…".</summary>
    internal const int MaxPathInMessage = 200;

    /// <summary>After <c>UseRouting</c>: a request no endpoint matched (not even routing's 405) gets <see cref="WriteAsync"/>.</summary>
    public static IApplicationBuilder UseUnknownAddressAnswer(this IApplicationBuilder app) =>
        app.Use((context, next) => context.GetEndpoint() is null ? WriteAsync(context) : next(context));

    /// <summary>Writes the 404 for the request's path (percent-encoded as sent, cut at <see cref="MaxPathInMessage"/>).</summary>
    public static Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.Request.Path.ToUriComponent();
        if (path.Length > MaxPathInMessage)
        {
            path = path[..MaxPathInMessage] + "…";
        }

        return ErrorBody.WriteAsync(context, StatusCodes.Status404NotFound, ApiErrorCodes.NotFound, Message(path));
    }

    internal static string Message(string path) =>
        $"No hay nada en «{path}». La API GraphQL está en /graphql; el explorador, en /; el IDE, en /ide/; las descargas, en /export/…; el catálogo, en /catalog.json.";
}
