using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenData.GraphQL.Http.Hosting.Compression;

/// <summary>
/// Brotli and gzip for GraphQL answers, downloads and static assets, streamed (the body is compressed as it is
/// written, never buffered whole), with caching kept correct: every compressible answer says
/// <c>Vary: Accept-Encoding</c>, and a compressed answer never carries the strong ETag of the uncompressed bytes
/// (it is made weak; If-None-Match compares weakly, so either form still gets its 304).
/// </summary>
public static class HttpCompression
{
    /// <summary>Media types compressed besides ASP.NET Core's defaults (text, JSON, JavaScript, CSS, XML).</summary>
    public static readonly IReadOnlyList<string> ExtraMimeTypes =
    [
        "application/graphql-response+json",
        "application/ld+json",
        "application/x-ndjson",
        "application/vnd.sqlite3",
        "text/csv",
        "text/javascript",
        "image/svg+xml",
    ];

    /// <summary>
    /// Registers response compression: br preferred over gzip at equal quality, both at the fastest level (a
    /// public read-only API trades a few percent of size for CPU), also over HTTPS (answers hold public data and
    /// no secret, so BREACH-style attacks have nothing to recover).
    /// </summary>
    public static IServiceCollection AddHttpCompression(this IServiceCollection services, Action<ResponseCompressionOptions>? configure = null)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. ExtraMimeTypes];
            configure?.Invoke(options);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Replace(ServiceDescriptor.Singleton<IResponseCompressionProvider, EntityTagAwareCompressionProvider>());
        return services;
    }

    /// <summary>Adds the compression middleware; call it before the endpoints and static files it should compress.</summary>
    public static IApplicationBuilder UseHttpCompression(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CompressionCacheHeadersMiddleware>();
        app.UseResponseCompression();
        return app;
    }
}
