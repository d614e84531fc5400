using System.Globalization;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Model;
using static OpenData.GraphQL.Data.TextFolding.TextFolding;

namespace OpenData.GraphQL.Data.Tests.Differential;

/// <summary>
/// An independent LINQ-to-objects reading of the filter and sort inputs (HotChocolate semantics plus folding),
/// used as the expected side of the differential tests.
/// </summary>
public static class Oracle
{
    public enum Kind
    {
        Text,
        Number,
        Money,
        Date,
        DateTime,
        Enum,
        Boolean,
        Id,
        Nested,
        List,
        ScalarList,
    }

    /// <summary>A field; <paramref name="Collated"/> text sorts by the model's Spanish collation, other text ordinally.</summary>
    public sealed record Field(Kind Kind, Func<object, object?> Get, string? Target = null, bool Collated = false);

    public static readonly Dictionary<string, Dictionary<string, Field>> Entities = new()
    {
        ["Book"] = new()
        {
            ["id"] = new(Kind.Id, o => ((Book)o).Id, "Book"),
            ["title"] = new(Kind.Text, o => ((Book)o).Title, Collated: true),
            ["subtitle"] = new(Kind.Text, o => ((Book)o).Subtitle),
            ["status"] = new(Kind.Enum, o => ((Book)o).Status),
            ["published"] = new(Kind.Date, o => ((Book)o).Published),
            ["price"] = new(Kind.Money, o => ((Book)o).Price),
            ["rating"] = new(Kind.Number, o => ((Book)o).Rating),
            ["pages"] = new(Kind.Number, o => ((Book)o).Pages),
            ["copies"] = new(Kind.Number, o => ((Book)o).Copies),
            ["inPrint"] = new(Kind.Boolean, o => ((Book)o).InPrint),
            ["addedAt"] = new(Kind.DateTime, o => ((Book)o).AddedAt),
            ["authorId"] = new(Kind.Number, o => ((Book)o).AuthorId),
            ["author"] = new(Kind.Nested, o => ((Book)o).Author, "Author"),
            ["reviews"] = new(Kind.List, o => ((Book)o).Reviews, "Review"),
            ["tags"] = new(Kind.List, o => ((Book)o).Tags, "Tag"),
            ["editionYears"] = new(Kind.ScalarList, o => ((Book)o).EditionYears),
            ["firstPrinting"] = new(Kind.Text, o => ((Book)o).FirstPrinting?.Place),
            ["firstPrintingRun"] = new(Kind.Number, o => ((Book)o).FirstPrinting?.Run),
            ["firstPrintingDate"] = new(Kind.Date, o => ((Book)o).FirstPrinting?.Date),
        },
        ["Author"] = new()
        {
            ["id"] = new(Kind.Id, o => ((Author)o).Id, "Author"),
            ["name"] = new(Kind.Text, o => ((Author)o).Name, Collated: true),
            ["country"] = new(Kind.Text, o => ((Author)o).Country, Collated: true),
            ["born"] = new(Kind.Date, o => ((Author)o).Born),
        },
        ["Review"] = new()
        {
            ["reviewer"] = new(Kind.Text, o => ((Review)o).Reviewer),
            ["stars"] = new(Kind.Number, o => ((Review)o).Stars),
            ["comment"] = new(Kind.Text, o => ((Review)o).Comment),
        },
        ["Tag"] = new()
        {
            ["label"] = new(Kind.Text, o => ((Tag)o).Label),
        },
    };

    public static bool Matches(string entity, object row, IDictionary<string, object?> filter)
    {
        foreach (var (name, value) in filter)
        {
            var ok = name switch
            {
                "and" => ((IEnumerable<object?>)value!).All(f => Matches(entity, row, (IDictionary<string, object?>)f!)),
                "or" => ((IEnumerable<object?>)value!).Any(f => Matches(entity, row, (IDictionary<string, object?>)f!)),
                _ => MatchesField(Entities[entity][name], row, (IDictionary<string, object?>)value!),
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesField(Field field, object row, IDictionary<string, object?> operations)
    {
        var value = field.Get(row);
        switch (field.Kind)
        {
            case Kind.Nested:
                return value is not null && Matches(field.Target!, value, operations);
            case Kind.List:
                var items = ((System.Collections.IEnumerable)value!).Cast<object>().ToList();
                return operations.All(op => op.Key switch
                {
                    "any" => (bool)op.Value! == items.Count > 0,
                    "some" => items.Any(i => Matches(field.Target!, i, (IDictionary<string, object?>)op.Value!)),
                    "all" => items.All(i => Matches(field.Target!, i, (IDictionary<string, object?>)op.Value!)),
                    _ => !items.Any(i => Matches(field.Target!, i, (IDictionary<string, object?>)op.Value!)),
                });
            case Kind.ScalarList:
                var values = ((System.Collections.IEnumerable)value!).Cast<object?>().ToList();
                var element = new Field(Kind.Number, v => v);
                bool Each(object? v, object? ops) => ((IDictionary<string, object?>)ops!).All(o => Operation(element, v, o.Key, o.Value));
                return operations.All(op => op.Key switch
                {
                    "any" => (bool)op.Value! == values.Count > 0,
                    "some" => values.Any(v => Each(v, op.Value)),
                    "all" => values.All(v => Each(v, op.Value)),
                    _ => !values.Any(v => Each(v, op.Value)),
                });
            default:
                return operations.All(op => Operation(field, value, op.Key, op.Value));
        }
    }

    private static bool Operation(Field field, object? value, string operation, object? argument)
    {
        if (field.Kind == Kind.Text && operation is "contains" or "ncontains" or "startsWith" or "nstartsWith" or "endsWith" or "nendsWith")
        {
            var text = (string?)value;
            var search = Fold((string)argument!);
            var match = text is not null && operation.TrimStart('n') switch
            {
                "contains" => Fold(text).Contains(search, StringComparison.Ordinal),
                "startsWith" => Fold(text).StartsWith(search, StringComparison.Ordinal),
                _ => Fold(text).EndsWith(search, StringComparison.Ordinal),
            };
            return operation.StartsWith('n') ? !match : match;
        }

        return operation switch
        {
            "eq" => Compare(field, value, argument) == 0,
            "neq" => Compare(field, value, argument) != 0,
            "in" => ((IEnumerable<object?>)argument!).Any(a => Compare(field, value, a) == 0),
            "nin" => !((IEnumerable<object?>)argument!).Any(a => Compare(field, value, a) == 0),
            "gt" => value is not null && Compare(field, value, argument) > 0,
            "ngt" => !(value is not null && Compare(field, value, argument) > 0),
            "gte" => value is not null && Compare(field, value, argument) >= 0,
            "ngte" => !(value is not null && Compare(field, value, argument) >= 0),
            "lt" => value is not null && Compare(field, value, argument) < 0,
            "nlt" => !(value is not null && Compare(field, value, argument) < 0),
            "lte" => value is not null && Compare(field, value, argument) <= 0,
            _ => !(value is not null && Compare(field, value, argument) <= 0),
        };
    }

    /// <summary>Compares a row value with a GraphQL input value; null equals only null.</summary>
    private static int Compare(Field field, object? value, object? argument)
    {
        var parsed = Parse(field, argument);
        if (value is null || parsed is null)
        {
            return value is null && parsed is null ? 0 : value is null ? -1 : 1;
        }

        return CompareValues(field, value, parsed);
    }

    /// <summary>Two non-null values of a field in the database's order.</summary>
    private static int CompareValues(Field field, object value, object other) =>
        field.Collated && value is string text ? LibraryDb.Spanish.Compare(text, (string)other) : SortValue(value).CompareTo(SortValue(other));

    private static object? Parse(Field field, object? argument) => argument is null ? null : field.Kind switch
    {
        Kind.Text => (string)argument,
        Kind.Date => DateOnly.ParseExact((string)argument, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kind.DateTime => DateTime.Parse((string)argument, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal),
        Kind.Enum => Enum.Parse<BookStatus>((string)argument, ignoreCase: true),
        Kind.Boolean => (bool)argument,
        Kind.Id => GlobalId.Decode<int>((string)argument, field.Target!),
        Kind.Money => Convert.ToDecimal(argument, CultureInfo.InvariantCulture),
        _ => Convert.ToDouble(argument, CultureInfo.InvariantCulture),
    };

    /// <summary>A value that orders as the database orders it (ordinal text unless collated, numbers, dates, enums by value).</summary>
    public static IComparable SortValue(object value) => value switch
    {
        string s => new OrdinalString(s),
        BookStatus status => (int)status,
        int or long or double or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        DateTime d => d.Ticks,
        IComparable comparable => comparable,
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    public static List<object> Order(string entity, IEnumerable<object> rows, IReadOnlyList<(string Path, bool Descending)> keys)
    {
        var paths = keys.ToList();
        if (!paths.Any(k => k.Path == "id"))
        {
            paths.Add(("id", false));
        }

        var list = rows.ToList();
        list.Sort((a, b) =>
        {
            foreach (var (path, descending) in paths)
            {
                var ((x, field), (y, _)) = (Read(entity, a, path), Read(entity, b, path));
                var c = x is null || y is null
                    ? (x is null ? 0 : 1) - (y is null ? 0 : 1)
                    : CompareValues(field, x, y);
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }

            return 0;
        });
        return list;
    }

    private static (object? Value, Field Field) Read(string entity, object row, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
        {
            var leaf = Entities[entity][path];
            return (leaf.Get(row), leaf);
        }

        var field = Entities[entity][path[..dot]];
        var next = field.Get(row);
        return next is null ? (null, Leaf(field.Target!, path[(dot + 1)..])) : Read(field.Target!, next, path[(dot + 1)..]);
    }

    private static Field Leaf(string entity, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? Entities[entity][path] : Leaf(Entities[entity][path[..dot]].Target!, path[(dot + 1)..]);
    }

    private sealed record OrdinalString(string Value) : IComparable
    {
        public int CompareTo(object? obj) => string.CompareOrdinal(Value, ((OrdinalString)obj!).Value);
    }
}
