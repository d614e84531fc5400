using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace OpenData.GraphQL.Http.Hosting.Compression;

/// <summary>
/// ASP.NET Core's provider, except that when it picks an encoding for a response (just before the first byte is
/// written) it makes a strong ETag weak: a strong ETag promises byte-identical representations, which a
/// compressed and an uncompressed answer are not.
/// </summary>
internal sealed class EntityTagAwareCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override ICompressionProvider? GetCompressionProvider(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var provider = base.GetCompressionProvider(context);
        if (provider is not null)
        {
            EntityTags.Weaken(context.Response);
        }

        return provider;
    }
}
