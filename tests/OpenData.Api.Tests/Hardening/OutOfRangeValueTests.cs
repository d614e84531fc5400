using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 3 (a money value above 92,233,720,368,547,758.07 in a filter was an internal error) and fault 10's codes: the
/// numeric and date edges of every filterable scalar (Decimal money, Int, LocalDate), as literals and as variables,
/// under every comparison operator, either answer what LINQ over the same rows answers (differential) or a client
/// error whose code names the fault; never INTERNAL_SERVER_ERROR, never a .NET type name as a code.
/// </summary>
public sealed class OutOfRangeValueTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Operators = ["eq", "neq", "gt", "gte", "lt", "lte", "ngt", "ngte", "nlt", "nlte"];

    private static readonly string[] ListOperators = ["in", "nin"];

    private static readonly string[] MoneyCollections = ["fundingRecords", "agreements"];

    private static readonly string[] DotNetTypeCodes = ["OVERFLOW", "FORMAT", "INVALID_OPERATION", "ARGUMENT", "ARGUMENT_OUT_OF_RANGE", "INVALID_CAST"];

    private static readonly string[] ClientCodes =
        ["VALUE_OUT_OF_RANGE", "VALUE_TOO_PRECISE", "INVALID_VALUE", "ARGUMENTS_OF_CORRECT_TYPE"];

    public static TheoryData<string> DecimalEdges() =>
    [
        "0", "0.01", "-0.01", "0.001", "0.005", "1300000", "11875969", "11875969.00", "11875968.99",
        "92233720368547758.07", "-92233720368547758.08", "92233720368547758.08", "-92233720368547758.09",
        "100000000000000000000", "-100000000000000000000", "79228162514264337593543950335", "1e28", "1e400",
    ];

    [Theory]
    [MemberData(nameof(DecimalEdges))]
    public async Task Money_filters_at_the_edges_answer_the_rows_or_a_client_error(string literal)
    {
        var amounts = await AmountsAsync("{ fundingRecords(take: 100) { items { amount } } }", d => d.GetProperty("fundingRecords").GetProperty("items"));
        foreach (var op in Operators)
        {
            var viaLiteral = await CountOrErrorAsync($"{{ fundingRecords(where: {{ amount: {{ {op}: {literal} }} }}) {{ totalCount }} }}", null, "fundingRecords");
            var viaVariable = await CountOrErrorAsync(
                $"query($v: Decimal) {{ fundingRecords(where: {{ amount: {{ {op}: $v }} }}) {{ totalCount }} }}",
                new Dictionary<string, object> { ["v"] = JsonDocument.Parse(literal.Contains('e', StringComparison.Ordinal) ? $"\"{literal}\"" : literal).RootElement },
                "fundingRecords");
            foreach (var answer in new[] { viaLiteral, viaVariable })
            {
                AssertDifferential(answer, Expected(amounts, op, literal), $"amount {op} {literal}");
            }
        }
    }

    [Fact]
    public async Task The_reported_overflow_is_a_client_error_on_every_money_field_and_operator()
    {
        foreach (var (collection, op) in MoneyCollections.SelectMany(c => Operators.Select(o => (c, o))))
        {
            var query = $"{{ {collection}(where: {{ amount: {{ {op}: 100000000000000000000 }} }}) {{ totalCount }} }}";
            using var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-Unexpected-Errors"));
            Assert.Equal("VALUE_OUT_OF_RANGE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        foreach (var op in ListOperators)
        {
            var answer = await CountOrErrorAsync($"{{ agreements(where: {{ amount: {{ {op}: [1, 100000000000000000000] }} }}) {{ totalCount }} }}", null, "agreements");
            Assert.Equal("VALUE_OUT_OF_RANGE", answer.Code);
        }
    }

    public static TheoryData<string> IntEdges() =>
    [
        "0", "2021", "-1", "2147483647", "-2147483648", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1e10",
    ];

    [Theory]
    [MemberData(nameof(IntEdges))]
    public async Task Int_filters_at_the_edges_answer_the_rows_or_a_client_error(string literal)
    {
        var years = await AmountsAsync("{ fundingRecords(take: 100) { items { amount: fiscalYear } } }", d => d.GetProperty("fundingRecords").GetProperty("items"));
        foreach (var op in Operators)
        {
            var viaLiteral = await CountOrErrorAsync($"{{ fundingRecords(where: {{ fiscalYear: {{ {op}: {literal} }} }}) {{ totalCount }} }}", null, "fundingRecords");
            var viaVariable = await CountOrErrorAsync(
                $"query($v: Int) {{ fundingRecords(where: {{ fiscalYear: {{ {op}: $v }} }}) {{ totalCount }} }}",
                new Dictionary<string, object> { ["v"] = JsonDocument.Parse(literal).RootElement },
                "fundingRecords");
            var expected = int.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? Expected(years, op, literal) : null;
            AssertDifferential(viaLiteral, expected, $"fiscalYear {op} {literal}");
            AssertDifferential(viaVariable, expected, $"fiscalYear {op} ${literal}");
        }
    }

    public static TheoryData<string> DateEdges() =>
    [
        "0001-01-01", "2021-04-01", "9999-12-31", "2024-02-29", "2023-02-29", "2024-13-01", "10000-01-01", "-0001-01-01", "2024-1-1",
    ];

    [Theory]
    [MemberData(nameof(DateEdges))]
    public async Task Date_filters_at_the_edges_answer_the_rows_or_a_client_error(string text)
    {
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync("{ agreements(first: 50) { nodes { signedOnStart } } }");
        var dates = data.GetProperty("agreements").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("signedOnStart").ValueKind == JsonValueKind.Null ? (DateOnly?)null : DateOnly.Parse(n.GetProperty("signedOnStart").GetString()!, CultureInfo.InvariantCulture))
            .ToList();
        var valid = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
        foreach (var op in Operators)
        {
            var viaLiteral = await CountOrErrorAsync($"{{ agreements(where: {{ signedOnStart: {{ {op}: \"{text}\" }} }}) {{ totalCount }} }}", null, "agreements");
            var viaVariable = await CountOrErrorAsync(
                $"query($v: LocalDate) {{ agreements(where: {{ signedOnStart: {{ {op}: $v }} }}) {{ totalCount }} }}",
                new Dictionary<string, object> { ["v"] = text },
                "agreements");
            int? expected = valid ? dates.Count(d => Matches(op, d.HasValue ? d.Value.CompareTo(value) : (int?)null)) : null;
            AssertDifferential(viaLiteral, expected, $"signedOnStart {op} {text}");
            AssertDifferential(viaVariable, expected, $"signedOnStart {op} ${text}");
        }
    }

    private async Task<List<decimal?>> AmountsAsync(string query, Func<JsonElement, JsonElement> items)
    {
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync(query);
        return [.. items(data).EnumerateArray().Select(i => i.GetProperty("amount") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : (decimal?)null)];
    }

    /// <summary>The count LINQ gives for the comparison, or null when the literal is not a value the column can hold exactly.</summary>
    private static int? Expected(List<decimal?> values, string op, string literal)
    {
        if (!decimal.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || value != decimal.Round(value, 2) || value > 92233720368547758.07m || value < -92233720368547758.08m)
        {
            return null;
        }

        return values.Count(v => Matches(op, v.HasValue ? v.Value.CompareTo(value) : (int?)null));
    }

    /// <summary>SQL semantics: a null compares to nothing (only neq and the negated operators hold for it).</summary>
    private static bool Matches(string op, int? comparison) => (op, comparison) switch
    {
        ("neq", null) => true,
        (_, null) => op.StartsWith('n') && op != "neq" ? true : false,
        ("eq", var c) => c == 0,
        ("neq", var c) => c != 0,
        ("gt", var c) => c > 0,
        ("gte", var c) => c >= 0,
        ("lt", var c) => c < 0,
        ("lte", var c) => c <= 0,
        ("ngt", var c) => !(c > 0),
        ("ngte", var c) => !(c >= 0),
        ("nlt", var c) => !(c < 0),
        ("nlte", var c) => !(c <= 0),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    private static void AssertDifferential(Answer answer, int? expected, string what)
    {
        Assert.False(answer.Unexpected, what + ": flagged as an unexpected error");
        Assert.DoesNotContain("INTERNAL_SERVER_ERROR", answer.Codes);
        Assert.Empty(answer.Codes.Intersect(DotNetTypeCodes));
        if (answer.Count is { } count)
        {
            Assert.True(expected == count, $"{what}: the API counted {count}, LINQ over the same rows {expected?.ToString(CultureInfo.InvariantCulture) ?? "(no value: an error was due)"}");
        }
        else
        {
            Assert.True(answer.Code is not null && ClientCodes.Contains(answer.Code), $"{what}: error code {answer.Code}");
        }
    }

    private async Task<Answer> CountOrErrorAsync(string query, object? variables, string field)
    {
        using var response = await factory.CreateClient().PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var unexpected = response.Headers.Contains("X-Unexpected-Errors") || (int)response.StatusCode >= 500;
        if (body.TryGetProperty("errors", out var errors))
        {
            var extensions = errors[0].GetProperty("extensions");
            var codes = extensions.TryGetProperty("codes", out var list) ? list.EnumerateArray().Select(c => c.GetString()!).ToList() : [];
            codes.Add(extensions.GetProperty("code").GetString()!);
            return new Answer(null, extensions.GetProperty("code").GetString(), codes, unexpected);
        }

        return new Answer(body.GetProperty("data").GetProperty(field).GetProperty("totalCount").GetInt32(), null, [], unexpected);
    }

    private sealed record Answer(int? Count, string? Code, List<string> Codes, bool Unexpected);
}
