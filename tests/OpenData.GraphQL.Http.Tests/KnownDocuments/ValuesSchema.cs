using GraphQL;
using GraphQL.Types;

namespace OpenData.GraphQL.Http.Tests.KnownDocuments;

/// <summary>
/// A schema whose answers echo the values they were given: list arguments, an input object, an enum list with a default,
/// an argument with a default that a nullable variable may fill, and a non-null leaf that is null on every fifth row.
/// </summary>
public sealed class ValuesSchema : Schema
{
    public ValuesSchema(IServiceProvider services)
        : base(services) => Query = new ValuesQuery();
}

public sealed record ValueRow(int Id, string Name, string? Note);

public sealed class ValueRowType : ObjectGraphType<ValueRow>
{
    public ValueRowType()
    {
        Name = "Row";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(context => context.Source.Note);
        Field<StringGraphType>("label")
            .Argument<StringGraphType>("prefix")
            .Resolve(context => (context.GetArgument<string?>("prefix") ?? "#") + context.Source.Id);
    }
}

public sealed class RowFilterType : InputObjectGraphType
{
    public RowFilterType()
    {
        Name = "RowFilter";
        Field<IntGraphType>("minId");
        Field<StringGraphType>("nameStartsWith");
        Field<ListGraphType<NonNullGraphType<IntGraphType>>>("ids");
    }
}

public sealed class RowOrderType : EnumerationGraphType
{
    public RowOrderType()
    {
        Name = "RowOrder";
        Add("ID_ASC", "asc");
        Add("ID_DESC", "desc");
    }
}

public sealed class ValuesQuery : ObjectGraphType
{
    public ValuesQuery()
    {
        Name = "Query";
        Field<ListGraphType<NonNullGraphType<ValueRowType>>>("rows")
            .Argument<NonNullGraphType<IntGraphType>>("first")
            .Argument<RowFilterType>("where")
            .Argument<ListGraphType<NonNullGraphType<RowOrderType>>>("order", argument => argument.DefaultValue = new object[] { "asc" })
            .Resolve(Rows);
        Field<NonNullGraphType<StringGraphType>>("echo")
            .Argument<NonNullGraphType<StringGraphType>>("text", argument => argument.DefaultValue = "default")
            .Argument<IntGraphType>("times", argument => argument.DefaultValue = 1)
            .Argument<ListGraphType<StringGraphType>>("tags")
            .Resolve(context => string.Join(
                "+",
                Enumerable.Repeat(context.GetArgument<string>("text"), context.GetArgument<int>("times"))
                    .Concat(context.GetArgument<List<string?>?>("tags")?.Select(tag => tag ?? "null") ?? [])));
    }

    private static IEnumerable<ValueRow> Rows(IResolveFieldContext context)
    {
        var rows = Enumerable.Range(1, 40).Select(id => new ValueRow(id, (id % 2 == 0 ? "even " : "odd ") + id, id % 5 == 0 ? null : "note " + id));
        if (context.GetArgument<Dictionary<string, object?>?>("where") is { } where)
        {
            if (where.TryGetValue("minId", out var min) && min is int minId)
            {
                rows = rows.Where(row => row.Id >= minId);
            }

            if (where.TryGetValue("nameStartsWith", out var prefix) && prefix is string start)
            {
                rows = rows.Where(row => row.Name.StartsWith(start, StringComparison.Ordinal));
            }

            if (where.TryGetValue("ids", out var ids) && ids is IEnumerable<object?> list)
            {
                var wanted = list.OfType<int>().ToHashSet();
                rows = rows.Where(row => wanted.Contains(row.Id));
            }
        }

        var order = context.GetArgument<List<string>>("order") ?? [];
        rows = order.FirstOrDefault() == "desc" ? rows.OrderByDescending(row => row.Id) : rows.OrderBy(row => row.Id);
        return rows.Take(context.GetArgument<int>("first")).ToList();
    }
}
