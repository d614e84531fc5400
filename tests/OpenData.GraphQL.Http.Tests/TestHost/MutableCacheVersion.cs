namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>A dataset version a test can change, to see ETags follow it.</summary>
public sealed class MutableCacheVersion(string initial) : ICacheVersionProvider
{
    public string Current { get; set; } = initial;

    public ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Current);
}
