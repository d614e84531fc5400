using CsCheck;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Differential;

/// <summary>CsCheck generators of random <c>where</c> and <c>order</c> inputs over the library model.</summary>
public static class FilterGenerators
{
    private static readonly string[] Fragments =
    [
        "polit", "POLÍT", "íticas", "peñ", "PEN", "ñón", "arb", "Árb", "ción", "CION", "nino", "NIÑ", "güe", "gue", "o", "a",
        "ética", "ÉTICA", "rio", "Río", "muñ", "MUN", "Sol", "mar", "", "xyz", "méx", "PERÚ", "espa",
    ];

    private static readonly Gen<object?> Texts = Gen.OneOf(
        LibraryData.Words.Concat(LibraryData.Countries).Cast<object?>().Append(null).ToArray());

    private static readonly Gen<string> Searches = Gen.OneOf(Fragments);

    private static Gen<KeyValuePair<string, object?>> Op(string name, Gen<object?> value) =>
        value.Select(v => new KeyValuePair<string, object?>(name, v));

    private static Gen<object?> ListOf(Gen<object?> value) => value.List[1, 3].Select(l => (object?)l);

    private static Gen<Dictionary<string, object?>> Operations(params Gen<KeyValuePair<string, object?>>[] operations) =>
        Gen.OneOf(operations).List[1, 2].Select(list => list.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value));

    private static Gen<Dictionary<string, object?>> TextOperations()
    {
        var search = Searches.Select(s => (object?)s);
        return Operations(
            Op("eq", Texts), Op("neq", Texts), Op("in", ListOf(Texts)), Op("nin", ListOf(Texts)),
            Op("contains", search), Op("ncontains", search), Op("startsWith", search), Op("nstartsWith", search),
            Op("endsWith", search), Op("nendsWith", search));
    }

    private static Gen<Dictionary<string, object?>> Comparable(Gen<object?> values, bool nullable)
    {
        var withNull = nullable ? Gen.Frequency((5, values), (1, values.Select(_ => (object?)null))) : values;
        return Operations(
            Op("eq", withNull), Op("neq", withNull), Op("in", ListOf(withNull)), Op("nin", ListOf(withNull)),
            Op("gt", values), Op("ngt", values), Op("gte", values), Op("ngte", values),
            Op("lt", values), Op("nlt", values), Op("lte", values), Op("nlte", values));
    }

    private static Gen<object?> Ints(int from, int to, int step) => Gen.Int[from / step, to / step].Select(i => (object?)(i * step));

    private static readonly Gen<object?> Dates = Gen.Select(Gen.Int[1999, 2005], Gen.Int[1, 3], Gen.Int[1, 3])
        .Select(t => (object?)$"{t.Item1:0000}-{t.Item2:00}-{t.Item3:00}");

    private static readonly Gen<object?> BirthDates = Gen.Select(Gen.Int[1940, 2000], Gen.Int[1, 12])
        .Select(t => (object?)$"{t.Item1:0000}-{t.Item2:00}-15");

    private static readonly Gen<object?> Instants = Gen.Int[0, 200].Select(h => (object?)new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)
        .AddHours(h * 7).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<object?> Statuses = Gen.OneOf<object?>("DRAFT", "PUBLISHED", "RETIRED");

    private static readonly Gen<object?> Booleans = Gen.OneOf<object?>(true, false);

    private static Gen<KeyValuePair<string, object?>> Member(string name, Gen<Dictionary<string, object?>> operations) =>
        operations.Select(o => new KeyValuePair<string, object?>(name, o));

    private static Gen<Dictionary<string, object?>> Object(int depth, Func<int, Gen<KeyValuePair<string, object?>>[]> members)
    {
        var fields = members(depth).ToList();
        if (depth > 0)
        {
            var nested = Gen.OneOf(members(depth - 1)).List[1, 2].Select(ToFilter);
            fields.Add(nested.List[1, 2].Select(l => new KeyValuePair<string, object?>("and", l)));
            fields.Add(nested.List[1, 3].Select(l => new KeyValuePair<string, object?>("or", l)));
        }

        return Gen.OneOf(fields.ToArray()).List[1, 3].Select(ToFilter);
    }

    private static Dictionary<string, object?> ToFilter(List<KeyValuePair<string, object?>> pairs) =>
        pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    public static Gen<Dictionary<string, object?>> Book(int depth) => Object(depth, BookMembers);

    public static Gen<Dictionary<string, object?>> Author(int depth) => Object(depth, AuthorMembers);

    private static Gen<KeyValuePair<string, object?>>[] BookMembers(int depth)
    {
        var ids = Gen.Int[1, 65].Select(i => (object?)GlobalId.Encode("Book", i));
        var members = new List<Gen<KeyValuePair<string, object?>>>
        {
            Member("id", Operations(Op("eq", ids), Op("neq", ids), Op("in", ListOf(ids)), Op("nin", ListOf(ids)))),
            Member("title", TextOperations()),
            Member("subtitle", TextOperations()),
            Member("status", Operations(Op("eq", Statuses), Op("neq", Statuses), Op("in", ListOf(Statuses)), Op("nin", ListOf(Statuses)))),
            Member("published", Comparable(Dates, nullable: false)),
            Member("price", Comparable(Gen.Int[0, 8].Select(i => (object?)(i * 2.5m)), nullable: false)),
            Member("rating", Comparable(Gen.Int[0, 10].Select(i => (object?)(i / 2.0)), nullable: true)),
            Member("pages", Comparable(Ints(50, 400, 50), nullable: false)),
            Member("copies", Comparable(Gen.Int[0, 4].Select(i => (object?)(i * 1_000_000_000L)), nullable: false)),
            Member("inPrint", Operations(Op("eq", Booleans), Op("neq", Booleans))),
            Member("addedAt", Comparable(Instants, nullable: false)),
            Member("authorId", Comparable(Ints(0, 13, 1), nullable: true)),
            Member("author", Object(0, AuthorMembers)),
            Member("editionYears", ListFilter(Comparable(Ints(1999, 2007, 1), nullable: false))),
            Member("firstPrinting", TextOperations()),
            Member("firstPrintingRun", Comparable(Ints(0, 1500, 500), nullable: true)),
            Member("firstPrintingDate", Comparable(Dates, nullable: true)),
        };
        if (depth > 0)
        {
            members.Add(Member("reviews", ListFilter(Object(0, ReviewMembers))));
            members.Add(Member("tags", ListFilter(Object(0, TagMembers))));
        }

        return members.ToArray();
    }

    private static Gen<Dictionary<string, object?>> ListFilter(Gen<Dictionary<string, object?>> element) =>
        Operations(
            element.Select(e => new KeyValuePair<string, object?>("some", e)),
            element.Select(e => new KeyValuePair<string, object?>("all", e)),
            element.Select(e => new KeyValuePair<string, object?>("none", e)),
            Booleans.Select(b => new KeyValuePair<string, object?>("any", b)));

    private static Gen<KeyValuePair<string, object?>>[] AuthorMembers(int depth) =>
    [
        Member("name", TextOperations()),
        Member("country", TextOperations()),
        Member("born", Comparable(BirthDates, nullable: true)),
    ];

    private static Gen<KeyValuePair<string, object?>>[] ReviewMembers(int depth) =>
    [
        Member("reviewer", TextOperations()),
        Member("stars", Comparable(Ints(1, 5, 1), nullable: false)),
        Member("comment", TextOperations()),
    ];

    private static Gen<KeyValuePair<string, object?>>[] TagMembers(int depth) => [Member("label", TextOperations())];

    private static readonly string[] SortPaths =
    [
        "title", "subtitle", "status", "published", "price", "rating", "pages", "copies", "inPrint", "addedAt", "authorId", "id",
        "firstPrinting", "firstPrintingRun", "firstPrintingDate",
        "author.name", "author.country", "author.born",
    ];

    /// <summary>Zero to three distinct sort keys.</summary>
    public static readonly Gen<List<(string Path, bool Descending)>> Order =
        Gen.Select(Gen.OneOf(SortPaths), Gen.Bool).List[0, 3]
            .Select(keys => keys.DistinctBy(k => k.Item1).Select(k => (k.Item1, k.Item2)).ToList());

    /// <summary>The <c>order</c> argument for sort keys: one single-field <c>BookSortInput</c> per key.</summary>
    public static List<Dictionary<string, object>> OrderInput(IEnumerable<(string Path, bool Descending)> keys) =>
        keys.Select(k =>
        {
            var direction = k.Descending ? "DESC" : "ASC";
            var dot = k.Path.IndexOf('.', StringComparison.Ordinal);
            return dot < 0
                ? new Dictionary<string, object> { [k.Path] = direction }
                : new Dictionary<string, object> { [k.Path[..dot]] = new Dictionary<string, object> { [k.Path[(dot + 1)..]] = direction } };
        }).ToList();
}
