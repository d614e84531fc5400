using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;

namespace OpenData.Api.Collections.Common;

/// <summary>Maps what a (possibly batched) resolver returns, once its batch has loaded.</summary>
internal static class DataLoaderResults
{
    public static IFieldResolver Map(IFieldResolver inner, Func<IResolveFieldContext, object?, object?> map) =>
        new FuncFieldResolver<object>(async context =>
        {
            var value = await inner.ResolveAsync(context);
            return value is IDataLoaderResult pending ? new Mapped(pending, v => map(context, v)) : map(context, value);
        });

    private sealed class Mapped(IDataLoaderResult inner, Func<object?, object?> map) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            map(await inner.GetResultAsync(cancellationToken));
    }
}
