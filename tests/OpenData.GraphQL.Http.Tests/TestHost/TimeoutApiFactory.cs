namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>
/// The test host with a one-second execution timeout. Only the timeout tests use it, and only with executions that
/// would run for ten minutes (<see cref="TimeoutApiFactory.Hanging"/>): however slow or loaded the machine, the
/// timeout ends them, and no other request risks being cut by it.
/// </summary>
public sealed class TimeoutApiFactory : TestApiFactory
{
    /// <summary>A query whose execution takes ten minutes unless the timeout cancels it.</summary>
    public const string Hanging = "{ slow(ms: 600000) }";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    public TimeoutApiFactory() => With("ExecutionTimeout", "00:00:01");
}
