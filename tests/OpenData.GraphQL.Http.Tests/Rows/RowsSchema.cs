using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace OpenData.GraphQL.Http.Tests.Rows;

/// <summary>
/// A schema of lists for the rows of <c>Execution/Rows</c>: items with leaves of many kinds (expression resolvers of
/// strings with accents, numbers, decimals, dates, enums, booleans, nullable values; a delegate declared to return a
/// string; an untyped delegate; a data loader leaf; a leaf with an argument; leaves that throw, that are null where they
/// may not be, that do not serialize), an object field, lists of lists and lists inside items.
/// </summary>
public sealed class RowsSchema : Schema
{
    public RowsSchema(IServiceProvider services)
        : base(services) => Query = new RowsQuery();
}

public enum Kind
{
    Programa,
    Centro,
    Convenio,
}

public sealed class Owner
{
    public required string Name { get; init; }
}

public sealed class Item
{
    private readonly int _id;

    public Item(int id) => _id = id;

    public int Id => _id;

    public string Name => $"Mujer {_id}: «Gómez Palacio», ñandú ¿qué? \"citas\" \\ \u0001 😀";

    public string? Note => _id % 3 == 0 ? null : "nota " + _id;

    /// <summary>Text the JSON writer must escape or keep as written: a lone surrogate, line and paragraph separators, HTML-sensitive characters, a tab, DEL, NUL.</summary>
    public string Odd => _id % 2 == 0 ? "\ud800 solo \u2028\u2029 <a href='x'>&amp;</a> + \t \u007f \0 fin" : "árbol 𝄞 \u00a0 \u200b";

    public decimal Amount => _id * 1234.5678m;

    public double Score => _id / 7.0;

    public long Big => 9_007_199_254_740_993L * _id;

    public bool Active => _id % 2 == 0;

    public DateOnly Day => new DateOnly(2020, 1, 1).AddDays(_id * 37);

    public DateTime At => new DateTime(2024, 3, 31, 12, 0, 0, DateTimeKind.Utc).AddHours(_id);

    public Kind Kind => (Kind)(_id % 3);

    /// <summary>Not a value of <see cref="Kind"/> on every fourth item.</summary>
    public Kind OddKind => _id % 4 == 0 ? (Kind)42 : Kind.Centro;

    /// <summary>Null on every fifth item, under a non-null field.</summary>
    public string? Required => _id % 5 == 0 ? null : "requerido " + _id;

    /// <summary>Throws on every fifth item an <see cref="ExecutionError"/>, on every fourth another exception.</summary>
    public string Fails => _id % 5 == 0
        ? throw new ExecutionError("No se pudo leer " + _id)
        : _id % 4 == 0 ? throw new InvalidOperationException("roto " + _id) : "bien " + _id;

    public Owner Owner => new() { Name = "dueña " + _id };

    public IReadOnlyList<string> Tags => ["t" + _id, "u" + _id];
}

/// <summary>A value a data loader would answer after the level (GraphQL.NET completes it then).</summary>
public sealed class Later<T>(T value) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(value);

    Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
}

public sealed class KindType : EnumerationGraphType<Kind>
{
    public KindType() => Name = "Kind";
}

public sealed class OwnerType : ObjectGraphType<Owner>
{
    public OwnerType()
    {
        Name = "Owner";
        Field(x => x.Name);
    }
}

public sealed class NamedInterface : InterfaceGraphType
{
    public NamedInterface()
    {
        Name = "Named";
        Field<NonNullGraphType<StringGraphType>>("name");
    }
}

public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Name = "Item";
        Interface<NamedInterface>();
        IsTypeOf = value => value is Item;
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Note, nullable: true);
        Field(x => x.Odd);
        Field(x => x.Amount);
        Field(x => x.Score);
        Field(x => x.Big);
        Field(x => x.Active);
        Field(x => x.Day);
        Field(x => x.At);
        Field(x => x.Kind, type: typeof(NonNullGraphType<KindType>));
        Field(x => x.OddKind, type: typeof(KindType));
        Field(x => x.Required, type: typeof(NonNullGraphType<StringGraphType>));
        Field(x => x.Fails, nullable: true);
        Field<NonNullGraphType<StringGraphType>, string>("label").Resolve(context => "etiqueta " + context.Source.Id);
        Field<StringGraphType>("untyped").Resolve(context => "sin tipo " + context.Source.Id);
        Field<StringGraphType, IDataLoaderResult<string>>("later")
            .Resolve(context => new Later<string>("después " + context.Source.Id));
        Field<StringGraphType, string>("greeting")
            .Argument<StringGraphType>("name")
            .Resolve(context => "hola " + (context.GetArgument<string?>("name") ?? context.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Field<StringGraphType, string>("path").Resolve(context => string.Join("/", context.ResponsePath));
        Field<OwnerType>("owner").Resolve(context => context.Source.Owner);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(context => context.Source.Tags);
    }
}

public sealed class GroupType : ObjectGraphType<int>
{
    public GroupType()
    {
        Name = "Group";
        Field<NonNullGraphType<StringGraphType>, string>("name").Resolve(context => "grupo " + context.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
            .Resolve(context => Enumerable.Range(context.Source * 10, 3).Select(id => new Item(id)).ToList());
    }
}

public sealed class RowsQuery : ObjectGraphType
{
    public RowsQuery()
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items")
            .Argument<NonNullGraphType<IntGraphType>>("first")
            .Argument<IntGraphType>("from", argument => argument.DefaultValue = 1)
            .Resolve(context => Enumerable.Range(context.GetArgument<int>("from"), context.GetArgument<int>("first")).Select(id => new Item(id)).ToList());
        Field<ListGraphType<ItemType>>("maybeItems")
            .Resolve(context => Enumerable.Range(1, 8).Select(id => id % 3 == 0 ? null : new Item(id)).ToList());
        Field<ListGraphType<NonNullGraphType<ItemType>>>("strictItems")
            .Resolve(context => Enumerable.Range(1, 8).Select(id => new Item(id)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupType>>>>("groups").Resolve(context => Enumerable.Range(1, 3).ToList());
        Field<ListGraphType<ListGraphType<ItemType>>>("matrix")
            .Resolve(context => Enumerable.Range(1, 3).Select(row => Enumerable.Range(row * 10, 2).Select(id => new Item(id)).ToList()).ToList());
        Field<ListGraphType<NamedInterface>>("named").Resolve(context => Enumerable.Range(1, 4).Select(id => new Item(id)).ToList());
        Field<ListGraphType<ItemType>>("loadedItems")
            .Resolve(context => Enumerable.Range(1, 3)
                .Select(id => (object)new Later<Item>(new Item(id)))
                .ToList());
    }
}
