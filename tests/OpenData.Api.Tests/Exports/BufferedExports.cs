using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// The bug the memory tests exist to catch, made on purpose: every /export response is written into a
/// <see cref="MemoryStream"/> and sent only once complete, as an exporter that builds its file before answering
/// would. Only the memory tests' proof that they can fail installs it.
/// </summary>
internal sealed class BufferedExports : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (!context.Request.Path.StartsWithSegments("/export", StringComparison.Ordinal))
            {
                await following(context);
                return;
            }

            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await following(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
        });
        next(app);
    };
}
