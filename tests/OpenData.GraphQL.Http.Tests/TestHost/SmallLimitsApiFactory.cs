namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>
/// The test host with small, configured limits: body 2000 bytes, document 300 characters, depth 4, complexity 200. Its
/// execution timeout is five minutes, far beyond what any of these requests takes on a loaded machine; the timeout
/// itself is tested with <see cref="TimeoutApiFactory"/>.
/// </summary>
public sealed class SmallLimitsApiFactory : TestApiFactory
{
    public SmallLimitsApiFactory()
    {
        With("MaxRequestBodyBytes", "2000");
        With("MaxDocumentLength", "300");
        With("MaxDepth", "4");
        With("MaxComplexity", "200");
        With("ExecutionTimeout", "00:05:00");
    }
}
