using System.Globalization;
using System.Text.Json;
using OpenData.GraphQL.Data.Tests.Differential;
using OpenData.GraphQL.Data.Tests.Model;

namespace OpenData.GraphQL.Data.Tests.Aggregates;

/// <summary>
/// LINQ-to-objects aggregates with SQL semantics (nulls ignored; no non-null value gives null; GROUP BY keeps a null
/// key as its own group, orders keys with nulls first), and a comparison of the GraphQL answer with them.
/// </summary>
public static class AggregateOracle
{
    /// <summary>A member read by aggregates or group keys: its GraphQL field name and its value on a row.</summary>
    public sealed record Member(string Field, Func<object, object?> Get, bool Collated = false);

    public static readonly Member[] BookNumeric =
    [
        new("price", o => ((Book)o).Price),
        new("royalty", o => ((Book)o).Royalty),
        new("rating", o => ((Book)o).Rating),
        new("pages", o => ((Book)o).Pages),
        new("copies", o => ((Book)o).Copies),
        new("firstPrintingRun", o => ((Book)o).FirstPrinting?.Run),
    ];

    public static readonly Member[] BookMinMax =
    [
        .. BookNumeric,
        new("published", o => ((Book)o).Published),
        new("addedAt", o => ((Book)o).AddedAt),
        new("firstPrintingDate", o => ((Book)o).FirstPrinting?.Date),
    ];

    /// <summary>Every <c>BookGroupBy</c> value with its key field.</summary>
    public static readonly Dictionary<string, Member> BookGroupBy = new()
    {
        ["TITLE"] = new("title", o => ((Book)o).Title, Collated: true),
        ["SUBTITLE"] = new("subtitle", o => ((Book)o).Subtitle),
        ["STATUS"] = new("status", o => ((Book)o).Status),
        ["PUBLISHED"] = new("published", o => ((Book)o).Published),
        ["PUBLISHED_YEAR"] = new("publishedYear", o => ((Book)o).Published.Year),
        ["PRICE"] = new("price", o => ((Book)o).Price),
        ["ROYALTY"] = new("royalty", o => ((Book)o).Royalty),
        ["RATING"] = new("rating", o => ((Book)o).Rating),
        ["PAGES"] = new("pages", o => ((Book)o).Pages),
        ["COPIES"] = new("copies", o => ((Book)o).Copies),
        ["IN_PRINT"] = new("inPrint", o => ((Book)o).InPrint),
        ["ADDED_AT"] = new("addedAt", o => ((Book)o).AddedAt),
        ["ADDED_AT_YEAR"] = new("addedAtYear", o => ((Book)o).AddedAt.Year),
        ["AUTHOR_ID"] = new("authorId", o => ((Book)o).AuthorId),
        ["FIRST_PRINTING"] = new("firstPrinting", o => ((Book)o).FirstPrinting?.Place),
        ["FIRST_PRINTING_RUN"] = new("firstPrintingRun", o => ((Book)o).FirstPrinting?.Run),
        ["FIRST_PRINTING_DATE"] = new("firstPrintingDate", o => ((Book)o).FirstPrinting?.Date),
        ["FIRST_PRINTING_DATE_YEAR"] = new("firstPrintingDateYear", o => ((Book)o).FirstPrinting?.Date.Year),
    };

    public static readonly Member[] AuthorMinMax = [new("born", o => ((Author)o).Born)];

    public static readonly Dictionary<string, Member> AuthorGroupBy = new()
    {
        ["NAME"] = new("name", o => ((Author)o).Name, Collated: true),
        ["COUNTRY"] = new("country", o => ((Author)o).Country, Collated: true),
        ["BORN"] = new("born", o => ((Author)o).Born),
        ["BORN_YEAR"] = new("bornYear", o => ((Author)o).Born?.Year),
    };

    /// <summary>The selection set asking for every aggregate of the given members.</summary>
    public static string Selection(IReadOnlyList<Member> numeric, IReadOnlyList<Member> minMax)
    {
        var numbers = string.Join(' ', numeric.Select(m => m.Field));
        var extremes = string.Join(' ', minMax.Select(m => m.Field));
        return "count"
            + (numeric.Count > 0 ? $" sum {{ {numbers} }} avg {{ {numbers} }}" : "")
            + (minMax.Count > 0 ? $" min {{ {extremes} }} max {{ {extremes} }}" : "");
    }

    /// <summary>Groups as SQL forms them: one per distinct key tuple (null included), ordered by the keys, nulls first.</summary>
    public static List<(object?[] Keys, List<object> Rows)> Groups(IEnumerable<object> rows, IReadOnlyList<Member> keys) =>
        rows.GroupBy(r => new KeyTuple(keys.Select(k => k.Get(r)).ToArray()))
            .Select(g => (g.Key.Values, g.ToList()))
            .OrderBy(g => new KeyTuple([.. g.Values.Select((v, i) => keys[i].Collated && v is string text ? new CollatedText(text) : v)]))
            .ToList();

    /// <summary>Asserts that a <c>&lt;T&gt;Aggregates</c>/<c>&lt;T&gt;Group</c> answer matches the rows.</summary>
    public static void AssertAggregates(JsonElement actual, List<object> rows, IReadOnlyList<Member> numeric, IReadOnlyList<Member> minMax, string context)
    {
        Same(actual.GetProperty("count"), rows.Count, context + " count");
        foreach (var member in numeric)
        {
            var values = rows.Select(member.Get).Where(v => v is not null).Select(v => v!).ToList();
            Same(actual.GetProperty("sum").GetProperty(member.Field), Sum(values), $"{context} sum.{member.Field}");
            Same(actual.GetProperty("avg").GetProperty(member.Field), Average(values), $"{context} avg.{member.Field}");
        }

        foreach (var member in minMax)
        {
            var values = rows.Select(member.Get).Where(v => v is not null).Select(v => v!).OrderBy(Oracle.SortValue).ToList();
            Same(actual.GetProperty("min").GetProperty(member.Field), values.FirstOrDefault(), $"{context} min.{member.Field}");
            Same(actual.GetProperty("max").GetProperty(member.Field), values.LastOrDefault(), $"{context} max.{member.Field}");
        }
    }

    private static object? Sum(List<object> values) => values.Count == 0 ? null : values[0] switch
    {
        decimal => values.Sum(v => (decimal)v),
        double => values.Sum(v => (double)v),
        _ => values.Sum(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
    };

    private static object? Average(List<object> values) => values.Count == 0 ? null : values[0] switch
    {
        decimal => values.Average(v => (decimal)v),
        double => values.Average(v => (double)v),
        _ => values.Average(v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
    };

    /// <summary>Exact comparison of a JSON value with an expected CLR value (decimals exact, doubles to 1e-12 relative).</summary>
    public static void Same(JsonElement actual, object? expected, string context)
    {
        var ok = expected switch
        {
            null => actual.ValueKind == JsonValueKind.Null,
            decimal d => actual.ValueKind == JsonValueKind.Number && actual.GetDecimal() == d,
            double d => actual.ValueKind == JsonValueKind.Number && Math.Abs(actual.GetDouble() - d) <= 1e-12 * Math.Max(1, Math.Abs(d)),
            int or long => actual.ValueKind == JsonValueKind.Number && actual.GetInt64() == Convert.ToInt64(expected, CultureInfo.InvariantCulture),
            bool b => actual.ValueKind == (b ? JsonValueKind.True : JsonValueKind.False),
            string s => actual.ValueKind == JsonValueKind.String && actual.GetString() == s,
            DateOnly date => actual.GetString() == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => actual.ValueKind == JsonValueKind.String
                && DateTime.Parse(actual.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).Ticks == time.Ticks,
            BookStatus status => string.Equals(actual.GetString(), status.ToString(), StringComparison.OrdinalIgnoreCase),
            _ => throw new InvalidOperationException(expected.GetType().Name),
        };
        Assert.True(ok, $"{context}: expected {Describe(expected)}, got {actual}");
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Text of a collated column: orders as the model's Spanish collation does.</summary>
    private sealed record CollatedText(string Value) : IComparable
    {
        public int CompareTo(object? obj) => LibraryDb.Spanish.Compare(Value, ((CollatedText)obj!).Value);
    }

    /// <summary>A composite key with value equality and SQL ordering (nulls first, then as <see cref="Oracle.SortValue"/>).</summary>
    private sealed record KeyTuple(object?[] Values) : IComparable<KeyTuple>
    {
        public bool Equals(KeyTuple? other) => other is not null && Values.SequenceEqual(other.Values);

        public override int GetHashCode() => Values.Aggregate(17, (h, v) => (h * 31) + (v?.GetHashCode() ?? 0));

        public int CompareTo(KeyTuple? other)
        {
            for (var i = 0; i < Values.Length; i++)
            {
                var (x, y) = (Values[i], other!.Values[i]);
                var c = x is null || y is null ? (x is null ? 0 : 1) - (y is null ? 0 : 1) : Oracle.SortValue(x).CompareTo(Oracle.SortValue(y));
                if (c != 0)
                {
                    return c;
                }
            }

            return 0;
        }
    }
}
