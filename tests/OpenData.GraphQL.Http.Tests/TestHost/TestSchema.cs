using GraphQL;
using GraphQL.Types;

namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>
/// A tiny schema for the endpoint's tests: a paged list with nested lists, a slow field for the timeout,
/// a failing field, and one mutation (only to see it refused over GET).
/// </summary>
public sealed class TestSchema : Schema
{
    public const int MaxPageSize = 100;
    public const string SecretFailure = "secret connection string Server=db;Password=hunter2";

    public TestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
        Mutation = new TestMutation();
    }

    /// <summary>Pages <paramref name="source"/> by the field's first/last/take argument (default 10, at most 100).</summary>
    public static IEnumerable<Item> Page(IResolveFieldContext context, IEnumerable<Item> source)
    {
        var first = context.GetArgument<int?>("first") ?? context.GetArgument<int?>("take");
        var last = context.GetArgument<int?>("last");
        var size = first ?? last ?? 10;
        if (size is < 0 or > MaxPageSize)
        {
            throw new ExecutionError($"Page size must be between 0 and {MaxPageSize}.") { Code = "BAD_PAGE_SIZE" };
        }

        var all = source.ToList();
        return last is not null && first is null ? all.TakeLast(size) : all.Take(size);
    }
}

/// <summary>The test schema without its mutation type: read-only, like the real API.</summary>
public sealed class ReadOnlyTestSchema : Schema
{
    public ReadOnlyTestSchema(IServiceProvider services)
        : base(services)
    {
        Query = new TestQuery();
    }
}

public sealed record Item(int Id, string Name, int Depth);

public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Name = "Item";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("children")
            .Argument<IntGraphType>("first")
            .Resolve(context => TestSchema.Page(context, Children(context.Source)));
    }

    private static IEnumerable<Item> Children(Item parent) =>
        Enumerable.Range(1, 200).Select(i => new Item(parent.Id * 1000 + i, $"{parent.Name}.{i}", parent.Depth + 1));
}

public sealed class TestQuery : ObjectGraphType
{
    public TestQuery()
    {
        Name = "Query";
        Field<StringGraphType>("hello")
            .Argument<StringGraphType>("name")
            .Resolve(context => $"Hello, {context.GetArgument<string?>("name") ?? "world"}!");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
            .Argument<IntGraphType>("first")
            .Argument<IntGraphType>("last")
            .Argument<IntGraphType>("take")
            .Resolve(context => TestSchema.Page(context, Enumerable.Range(1, 500).Select(i => new Item(i, $"item {i}", 0))));
        Field<ItemType>("item")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => int.TryParse(context.GetArgument<string>("id"), out var id) ? new Item(id, $"item {id}", 0) : null);
        Field<StringGraphType>("slow")
            .Argument<NonNullGraphType<IntGraphType>>("ms")
            .ResolveAsync(async context =>
            {
                await Task.Delay(context.GetArgument<int>("ms"), context.CancellationToken);
                return "done";
            });
        Field<StringGraphType>("caller")
            .Resolve(context => context.UserContext.TryGetValue("caller", out var caller) ? caller as string : null);
        Field<StringGraphType>("user")
            .Resolve(context => context.User?.Identity?.Name);
        Field<StringGraphType>("fail")
            .Resolve(_ => throw new InvalidOperationException(TestSchema.SecretFailure));
    }
}

public sealed class TestMutation : ObjectGraphType
{
    public TestMutation()
    {
        Name = "Mutation";
        Field<BooleanGraphType>("touch").Resolve(_ => true);
    }
}
