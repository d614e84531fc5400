using GraphQL.DataLoader;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>
/// A per-request loader: <see cref="Load"/> queues a key and returns a pending result; GraphQL.NET completes all
/// pending results of a level after the level ran, and the first one fetches every queued key in one call.
/// </summary>
public sealed class BatchLoader<TValue>(Func<IReadOnlyList<object>, CancellationToken, Task<IReadOnlyDictionary<object, TValue>>> fetch)
{
    private readonly Lock gate = new();
    private readonly Dictionary<object, TValue> values = [];
    private readonly Dictionary<object, Task> fetching = [];
    private List<object> pending = [];

    public IDataLoaderResult<TValue?> Load(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
        {
            if (!values.ContainsKey(key) && !fetching.ContainsKey(key) && !pending.Contains(key))
            {
                pending.Add(key);
            }
        }

        return new Pending(this, key);
    }

    private async Task<TValue?> GetAsync(object key, CancellationToken cancellationToken)
    {
        Task wait;
        TaskCompletionSource? dispatch = null;
        List<object>? batch = null;
        lock (gate)
        {
            if (values.TryGetValue(key, out var ready))
            {
                return ready;
            }

            if (!fetching.TryGetValue(key, out var running))
            {
                batch = pending;
                pending = [];
                if (!batch.Contains(key))
                {
                    batch.Add(key);
                }

                dispatch = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                foreach (var queued in batch)
                {
                    fetching[queued] = dispatch.Task;
                }

                running = dispatch.Task;
            }

            wait = running;
        }

        if (dispatch is not null)
        {
            await RunAsync(batch!, dispatch, cancellationToken).ConfigureAwait(false);
        }

        await wait.ConfigureAwait(false);
        lock (gate)
        {
            return values.GetValueOrDefault(key);
        }
    }

    private async Task RunAsync(List<object> batch, TaskCompletionSource dispatch, CancellationToken cancellationToken)
    {
        try
        {
            var fetched = await fetch(batch, cancellationToken).ConfigureAwait(false);
            lock (gate)
            {
                foreach (var (key, value) in fetched)
                {
                    values[key] = value;
                }

                foreach (var key in batch)
                {
                    values.TryAdd(key, default!);
                    fetching.Remove(key);
                }
            }

            dispatch.SetResult();
        }
        catch (Exception e)
        {
            lock (gate)
            {
                foreach (var key in batch)
                {
                    fetching.Remove(key);
                }
            }

            dispatch.SetException(e);
        }
    }

    private sealed class Pending(BatchLoader<TValue> loader, object key) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
