using GraphQL;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>The loaders of one request, kept in the request's user context.</summary>
internal sealed class BatchLoaderRegistry
{
    private const string Key = "OpenData:BatchLoaders";
    private readonly Dictionary<object, object> loaders = [];

    public static BatchLoader<TValue> For<TValue>(
        IResolveFieldContext context, object loaderKey,
        Func<BatchLoader<TValue>> create)
    {
        BatchLoaderRegistry registry;
        lock (context.UserContext)
        {
            if (!context.UserContext.TryGetValue(Key, out var stored) || stored is not BatchLoaderRegistry existing)
            {
                existing = new BatchLoaderRegistry();
                context.UserContext[Key] = existing;
            }

            registry = existing;
        }

        lock (registry.loaders)
        {
            if (!registry.loaders.TryGetValue(loaderKey, out var loader))
            {
                loader = create();
                registry.loaders[loaderKey] = loader;
            }

            return (BatchLoader<TValue>)loader;
        }
    }
}
