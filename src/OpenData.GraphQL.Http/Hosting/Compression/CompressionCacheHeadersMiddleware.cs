using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace OpenData.GraphQL.Http.Hosting.Compression;

/// <summary>
/// The cache headers ASP.NET Core's compression leaves out: <c>Vary: Accept-Encoding</c> also on the
/// uncompressed answer to a client that asked for no encoding (a shared cache must not hand it to everyone
/// without asking), and on 304s, whose ETag is made weak like that of the compressed answer it revalidates.
/// </summary>
internal sealed class CompressionCacheHeadersMiddleware(RequestDelegate next, IResponseCompressionProvider compression)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, compression) = ((HttpContext, IResponseCompressionProvider))state;
            var response = context.Response;
            var notModified = response.StatusCode == StatusCodes.Status304NotModified;
            if (!notModified && !compression.ShouldCompressResponse(context) && !response.Headers.ContainsKey(HeaderNames.ContentEncoding))
            {
                return Task.CompletedTask;
            }

            if (!response.Headers.Vary.Any(value => value is not null && value.Split(',').Any(v => v.Trim().Equals(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase))))
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }

            if (notModified && compression.CheckRequestAcceptsCompression(context) && compression.GetCompressionProvider(context) is not null)
            {
                EntityTags.Weaken(response);
            }

            return Task.CompletedTask;
        }, (context, compression));
        return next(context);
    }
}
