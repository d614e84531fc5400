using System.Globalization;

namespace OpenData.GraphQL.Http.Caching;

/// <summary>
/// The version used when the host registers no <see cref="ICacheVersionProvider"/>: fixed when the process
/// starts, so a restart (a deploy, a new dataset) invalidates every ETag.
/// </summary>
internal sealed class StartupCacheVersionProvider : ICacheVersionProvider
{
    private readonly string _version = DateTimeOffset.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);

    public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_version);
}
