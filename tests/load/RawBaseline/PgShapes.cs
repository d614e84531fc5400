using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OpenData.Load.Baseline;

/// <summary>
/// Each shape of the load driver's mix by hand on PostgreSQL: the statements the API sends on Npgsql (same SQL text,
/// copied from EF Core's command log and from the API's PostgresSearchStore; same parameter types and the same number
/// of statements), read with a data reader and written as the API's JSON. One difference, on search: the API also loads
/// each hit's record (for <c>node { id }</c>, one statement per type of hit) and builds a highlighted snippet from the
/// title and body; the baseline writes the id from type and slug and the first 16 words of the title, unhighlighted.
/// </summary>
internal sealed class PgShapes(NpgsqlConnection connection, Utf8JsonWriter json, CancellationToken cancellationToken) : IShapes
{
    private const string FilteredSql = """
        SELECT h."Id", h."Title", h."DateEnd", h."DatePrecision", h."DateStart", h."Date", h."Category" FROM "HistoryEvents" AS h WHERE h."DateStart" >= @p0 ORDER BY h."DateStart", h."Id" LIMIT @take
        """;

    private const string FirstPageSql = """
        SELECT h."Id", h."Title", h."DateEnd", h."DatePrecision", h."DateStart", h."Date" FROM "HistoryEvents" AS h ORDER BY h."DateStart", h."Id" LIMIT @take
        """;

    private const string DeepPageSql = """
        SELECT h."Id", h."Title", h."DateEnd", h."DatePrecision", h."DateStart", h."Date" FROM "HistoryEvents" AS h WHERE h."DateStart" >= @c4 AND (h."DateStart" > @c0 OR (h."DateStart" = @c1 AND h."Id" > @c2)) ORDER BY h."DateStart", h."Id" LIMIT @take
        """;

    private const string AgreementsSql = """
        SELECT a."Id", a."Title" FROM "Agreements" AS a WHERE a."FiscalYear" = @p0 ORDER BY a."Id" LIMIT @take
        """;

    private const string SignatoriesSql = """
        SELECT a."Id", a0."Id", a0."Role" FROM "Agreements" AS a INNER JOIN "AgreementSignatories" AS a0 ON a."Id" = a0."AgreementId" WHERE a."Id" = ANY (@Value)
        """;

    private const string PeopleSql = """
        SELECT a."Id", FALSE, p."Id", p."Name" FROM "AgreementSignatories" AS a INNER JOIN "People" AS p ON a."PersonId" = p."Id" WHERE a."Id" = ANY (@Value)
        """;

    private const string AppointmentsSql = """
        SELECT p."Id", a."Id", a."Role", a."Organisation" FROM "People" AS p INNER JOIN "Appointments" AS a ON p."Id" = a."PersonId" WHERE p."Id" = ANY (@Value)
        """;

    private const string NodeSql = """
        SELECT f."Id", f."AgreementId", f."AgreementId_folded", f."AmountCents", f."AmountQualifier", f."FiscalYear", f."FiscalYearEnd", f."Id_folded", f."InstitutionId", f."InstitutionId_folded", f."Measure", f."Note", f."Note_folded", f."PartOfId", f."PartOfId_folded", f."ProgramId", f."ProgramId_folded", f."Purpose", f."Purpose_folded", f."Recipient", f."Recipient_folded" FROM "FundingRecords" AS f WHERE f."Id" = @Value
        """;

    private const string NodeProgramSql = """
        SELECT f."Id", p."Id" IS NULL, p."Id", p."Name" FROM "FundingRecords" AS f LEFT JOIN "Programs" AS p ON f."ProgramId" = p."Id" WHERE f."Id" = @Value
        """;

    private const string AggregateSql = """
        -- opendata:plain-aggregate

        SELECT count(*)::int, COALESCE(sum(f0."AmountCents"), 0), count(*) FILTER (WHERE f0."AmountCents" IS NOT NULL)::int
        FROM (
            SELECT f."AmountCents", 1 AS "Key"
            FROM "FundingRecords" AS f
            WHERE f."FiscalYear" = @Value
        ) AS f0
        GROUP BY f0."Key"
        """;

    private const string SearchFilter = """FROM "SearchIndex", CAST(@query AS tsquery) AS q WHERE document @@ q AND (@types IS NULL OR type = ANY(@types))""";

    // The API's page statement counts the matches in its ranking pass (count(*) OVER ()); the count statement is run
    // only for a page with no rows, as the API does.
    private const string SearchPageSql = $"""
        SELECT json_build_array(s.type, s.slug, page.score, s.title, s.body, page.total)::text AS "Value"
        FROM (
          SELECT position, score, count(*) OVER () AS total
          FROM (
            SELECT position, -ts_rank(ARRAY[0.2,0.2,0.2,1]::real[], document, q, 1) AS score
            {SearchFilter}
            OFFSET 0) AS matched
          ORDER BY score, position
          LIMIT @limit OFFSET @offset) AS page
        JOIN "SearchIndex" AS s ON s.position = page.position
        ORDER BY page.score, page.position
        """;

    private const string SearchCountSql = $"""SELECT count(*)::integer AS "Value" {SearchFilter}""";

    public async Task FilteredAsync(string from)
    {
        await using var reader = await ReadAsync(FilteredSql, Date("p0", from), Int("take", 21));
        await PageAsync(reader, withCategory: true);
    }

    public async Task FirstPageAsync()
    {
        await using var reader = await ReadAsync(FirstPageSql, Int("take", 21));
        await PageAsync(reader, withCategory: false);
    }

    public async Task DeepPageAsync(string after)
    {
        // The API's cursor: base64 of ["fingerprint", dateStart, id].
        using var cursor = JsonDocument.Parse(Convert.FromBase64String(after));
        var date = cursor.RootElement[1].GetString()!;
        var id = cursor.RootElement[2].GetString()!;
        await using var reader = await ReadAsync(DeepPageSql, Date("c4", date), Date("c0", date), Date("c1", date), Text("c2", id), Int("take", 21));
        await PageAsync(reader, withCategory: false);
    }

    public async Task RelationAsync(int year)
    {
        var agreements = new List<(string Id, string Title)>();
        await using (var reader = await ReadAsync(AgreementsSql, Int("p0", year), Int("take", 11)))
        {
            while (await reader.ReadAsync(cancellationToken) && agreements.Count < 10)
            {
                agreements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var signatories = new List<(string Agreement, string Id, string? Role)>();
        await using (var reader = await ReadAsync(SignatoriesSql, Keys([.. agreements.Select(a => a.Id)])))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                signatories.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        var people = new Dictionary<string, (string Id, string Name)>(StringComparer.Ordinal);
        await using (var reader = await ReadAsync(PeopleSql, Keys([.. signatories.Select(s => s.Id)])))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                people[reader.GetString(0)] = (reader.GetString(2), reader.GetString(3));
            }
        }

        var appointments = new Dictionary<string, List<(string? Role, string? Organisation)>>(StringComparer.Ordinal);
        await using (var reader = await ReadAsync(AppointmentsSql, Keys([.. people.Values.Select(p => p.Id).Distinct()])))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var person = reader.GetString(0);
                if (!appointments.TryGetValue(person, out var list))
                {
                    appointments[person] = list = [];
                }

                list.Add((reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        BaselineJson.WriteRelation(json, agreements, signatories, people, appointments);
    }

    public async Task NodeAsync(string id)
    {
        var slug = Encoding.UTF8.GetString(Convert.FromBase64String(id))["FundingRecord:".Length..];
        json.WriteStartObject("node");
        await using (var reader = await ReadAsync(NodeSql, Text("Value", slug)))
        {
            await reader.ReadAsync(cancellationToken);
            json.WriteString("id", id);
            json.WriteString("purpose", reader.IsDBNull(17) ? null : reader.GetString(17));
            BaselineJson.WriteNullableNumber(json, "amount", reader.IsDBNull(3) ? null : reader.GetInt64(3) / 100m);
            BaselineJson.WriteNullableNumber(json, "fiscalYear", reader.IsDBNull(5) ? null : reader.GetInt32(5));
        }

        await using (var reader = await ReadAsync(NodeProgramSql, Text("Value", slug)))
        {
            await reader.ReadAsync(cancellationToken);
            if (reader.GetBoolean(1))
            {
                json.WriteNull("program");
            }
            else
            {
                json.WriteStartObject("program");
                json.WriteString("name", reader.GetString(3));
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }

    public async Task AggregateAsync(int year)
    {
        int count = 0, nonNull = 0;
        long sum = 0;
        await using (var reader = await ReadAsync(AggregateSql, Int("Value", year)))
        {
            // GROUP BY a constant: no row when nothing matches.
            if (await reader.ReadAsync(cancellationToken))
            {
                count = reader.GetInt32(0);
                sum = reader.GetInt64(1);
                nonNull = reader.GetInt32(2);
            }
        }

        BaselineJson.WriteAggregate(json, count, sum, nonNull);
    }

    public async Task SearchAsync(string text)
    {
        // The API's tsquery for plain folded words: every word ANDed, the last one also as a prefix.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var query = string.Join(" & ", words.Select((w, i) => i == words.Length - 1 ? $"'{w}':*" : $"'{w}'"));
        var hits = new List<(string Type, string Slug, double Score, string Title)>();
        int? counted = null;
        await using (var reader = await ReadAsync(SearchPageSql, Text("query", query), TextArray("types", null), Int("limit", 11), Int("offset", 0)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                using var row = JsonDocument.Parse(reader.GetString(0));
                counted ??= row.RootElement[5].GetInt32();
                if (hits.Count < 10)
                {
                    hits.Add((row.RootElement[0].GetString()!, row.RootElement[1].GetString()!, row.RootElement[2].GetDouble(), row.RootElement[3].GetString() ?? ""));
                }
            }
        }

        var total = counted ?? 0;
        if (counted is null)
        {
            await using var reader = await ReadAsync(SearchCountSql, Text("query", query), TextArray("types", null));
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt32(0);
        }

        json.WriteStartObject("search");
        json.WriteNumber("totalCount", total);
        json.WriteStartArray("nodes");
        foreach (var hit in hits)
        {
            json.WriteStartObject();
            json.WriteString("type", Shapes.TypeName(hit.Type));
            json.WriteNumber("score", Math.Round(-hit.Score, 4, MidpointRounding.AwayFromZero));
            json.WriteString("snippet", string.Join(' ', hit.Title.Split(' ').Take(16)));
            json.WriteStartObject("node");
            json.WriteString("id", Convert.ToBase64String(Encoding.UTF8.GetBytes(hit.Type + ":" + hit.Slug)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private async Task PageAsync(NpgsqlDataReader reader, bool withCategory)
    {
        json.WriteStartObject("historyEvents");
        json.WriteStartArray("nodes");
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken) && rows++ < 20)
        {
            json.WriteStartObject();
            json.WriteString("id", Convert.ToBase64String(Encoding.UTF8.GetBytes("HistoryEvent:" + reader.GetString(0))));
            json.WriteString("title", reader.GetString(1));
            json.WriteString("date", reader.GetString(5));
            if (withCategory)
            {
                json.WriteString("category", reader.GetString(6));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }


    private async Task<NpgsqlDataReader> ReadAsync(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, cancellationToken);
    }

    private static NpgsqlParameter<int> Int(string name, int value) => new(name, NpgsqlDbType.Integer) { TypedValue = value };

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<DateOnly> Date(string name, string value) =>
        new(name, NpgsqlDbType.Date) { TypedValue = DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) };

    /// <summary>As the API's batches: the keys in one text[] parameter (EF Core's EF.Parameter over a list).</summary>
    private static NpgsqlParameter Keys(string[] values) => new("Value", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values };

    private static NpgsqlParameter TextArray(string name, string[]? values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values is null ? DBNull.Value : values };
}
