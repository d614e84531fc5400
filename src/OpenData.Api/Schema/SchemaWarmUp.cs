using GraphQL;
using GraphQL.Types;

namespace OpenData.Api.Schema;

/// <summary>
/// Builds the schema (and with it the EF Core model it reads) and runs one trivial query while the host is still
/// starting, in the background: on two cores that work overlaps the endpoints' mapping, the start-up checks (SQLite's
/// integrity check reads the whole file) and Kestrel's start, instead of waiting for the first request. It starts as
/// soon as the services exist (<see cref="Start"/>, called by <c>ApiHost</c> right after building them), or else when
/// the host starts; only once. A request that arrives first waits for the same one-time work; a failure here is left
/// for that request to report. Nothing here reads the store, which a start-up build may still be replacing.
/// </summary>
internal sealed partial class SchemaWarmUp(IServiceProvider services, ILogger<SchemaWarmUp> logger) : IHostedLifecycleService
{
    private int _started;

    /// <summary>Starts the warm-up in the background, unless it has started already.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(WarmUpAsync, CancellationToken.None);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync()
    {
        try
        {
            var schema = services.GetRequiredService<ISchema>();
            schema.Initialize();
            await services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
            {
                Query = "{ __typename }",
                Schema = schema,
                RequestServices = services,
            });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailed(e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up left to the first request: {Reason}")]
    private partial void LogFailed(string reason);
}
