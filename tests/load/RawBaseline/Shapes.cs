using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenData.Api.Search;
using OpenData.Api.Search.Ranking;

namespace OpenData.Load.Baseline;

/// <summary>
/// Each shape of the load driver's mix by hand: the API's statements (same SQL text, same parameters, same number of
/// statements), read with a data reader and written as the API's JSON.
/// </summary>
internal sealed class Shapes(SqliteConnection connection, Utf8JsonWriter json, CancellationToken cancellationToken) : IShapes
{
    private const string FilteredSql = """
        SELECT "h"."Id", "h"."Title", "h"."Date", "h"."Category", "h"."DateStart"
        FROM "HistoryEvents" AS "h"
        WHERE "h"."DateStart" >= @p0
        ORDER BY "h"."DateStart", "h"."Id"
        LIMIT @take
        """;

    private const string FirstPageSql = """
        SELECT "h"."Id", "h"."Title", "h"."Date", "h"."DateStart"
        FROM "HistoryEvents" AS "h"
        ORDER BY "h"."DateStart", "h"."Id"
        LIMIT @take
        """;

    private const string DeepPageSql = """
        SELECT "h"."Id", "h"."Title", "h"."Date", "h"."DateStart"
        FROM "HistoryEvents" AS "h"
        WHERE "h"."DateStart" >= @c4 AND ("h"."DateStart" > @c0 OR ("h"."DateStart" = @c1 AND "h"."Id" > @c2))
        ORDER BY "h"."DateStart", "h"."Id"
        LIMIT @take
        """;

    private const string AgreementsSql = """
        SELECT "a"."Id", "a"."Title"
        FROM "Agreements" AS "a"
        WHERE "a"."FiscalYear" = @p0
        ORDER BY "a"."Id"
        LIMIT @take
        """;

    private const string SignatoriesSql = """
        SELECT "a"."Id", "a0"."Id", "a0"."Role"
        FROM "Agreements" AS "a"
        INNER JOIN "AgreementSignatories" AS "a0" ON "a"."Id" = "a0"."AgreementId"
        WHERE "a"."Id" IN (SELECT "v"."value" FROM json_each(@Value) AS "v")
        """;

    private const string PeopleSql = """
        SELECT "a"."Id", 0, "p"."Id", "p"."Name"
        FROM "AgreementSignatories" AS "a"
        INNER JOIN "People" AS "p" ON "a"."PersonId" = "p"."Id"
        WHERE "a"."Id" IN (SELECT "v"."value" FROM json_each(@Value) AS "v")
        """;

    private const string AppointmentsSql = """
        SELECT "p"."Id", "a"."Id", "a"."Role", "a"."Organisation"
        FROM "People" AS "p"
        INNER JOIN "Appointments" AS "a" ON "p"."Id" = "a"."PersonId"
        WHERE "p"."Id" IN (SELECT "v"."value" FROM json_each(@Value) AS "v")
        """;

    private const string NodeSql = """
        SELECT "f"."Id", "f"."AgreementId", "f"."AgreementId_folded", "f"."AmountCents", "f"."AmountQualifier", "f"."FiscalYear", "f"."FiscalYearEnd", "f"."Id_folded", "f"."InstitutionId", "f"."InstitutionId_folded", "f"."Measure", "f"."Note", "f"."Note_folded", "f"."PartOfId", "f"."PartOfId_folded", "f"."ProgramId", "f"."ProgramId_folded", "f"."Purpose", "f"."Purpose_folded", "f"."Recipient", "f"."Recipient_folded"
        FROM "FundingRecords" AS "f"
        WHERE "f"."Id" = @Value1
        """;

    private const string NodeProgramSql = """
        SELECT "f"."Id", "p"."Id" IS NULL, "p"."Id", "p"."Name"
        FROM "FundingRecords" AS "f"
        LEFT JOIN "Programs" AS "p" ON "f"."ProgramId" = "p"."Id"
        WHERE "f"."Id" = @Value1
        """;

    private const string AggregateSql = """
        -- opendata:plain-aggregate

        SELECT COUNT(*), COALESCE(SUM("f0"."AmountCents"), 0), COUNT(CASE
            WHEN "f0"."AmountCents" IS NOT NULL THEN 1
        END)
        FROM (
            SELECT "f"."AmountCents", 1 AS "Key"
            FROM "FundingRecords" AS "f"
            WHERE "f"."FiscalYear" = @Value
        ) AS "f0"
        """;

    public async Task FilteredAsync(string from)
    {
        await using var reader = await ReadAsync(FilteredSql, ("@p0", from), ("@take", 21));
        await PageAsync(reader, "historyEvents", withCategory: true);
    }

    public async Task FirstPageAsync()
    {
        await using var reader = await ReadAsync(FirstPageSql, ("@take", 21));
        await PageAsync(reader, "historyEvents", withCategory: false);
    }

    public async Task DeepPageAsync(string after)
    {
        // The API's cursor: base64 of ["fingerprint", dateStart, id].
        using var cursor = JsonDocument.Parse(Convert.FromBase64String(after));
        var date = cursor.RootElement[1].GetString()!;
        var id = cursor.RootElement[2].GetString()!;
        await using var reader = await ReadAsync(DeepPageSql, ("@c4", date), ("@c0", date), ("@c1", date), ("@c2", id), ("@take", 21));
        await PageAsync(reader, "historyEvents", withCategory: false);
    }

    public async Task RelationAsync(int year)
    {
        var agreements = new List<(string Id, string Title)>();
        await using (var reader = await ReadAsync(AgreementsSql, ("@p0", year), ("@take", 11)))
        {
            while (await reader.ReadAsync(cancellationToken) && agreements.Count < 10)
            {
                agreements.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var signatories = new List<(string Agreement, string Id, string? Role)>();
        await using (var reader = await ReadInAsync(SignatoriesSql, agreements.Select(a => (object)a.Id).ToList()))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                signatories.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }

        var people = new Dictionary<string, (string Id, string Name)>(StringComparer.Ordinal);
        await using (var reader = await ReadInAsync(PeopleSql, signatories.Select(s => (object)s.Id).ToList()))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                people[reader.GetString(0)] = (reader.GetString(2), reader.GetString(3));
            }
        }

        var appointments = new Dictionary<string, List<(string? Role, string? Organisation)>>(StringComparer.Ordinal);
        await using (var reader = await ReadInAsync(AppointmentsSql, people.Values.Select(p => (object)p.Id).Distinct().ToList()))
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
        await using (var reader = await ReadAsync(NodeSql, ("@Value1", slug)))
        {
            await reader.ReadAsync(cancellationToken);
            json.WriteString("id", id);
            json.WriteString("purpose", reader.IsDBNull(17) ? null : reader.GetString(17));
            BaselineJson.WriteNullableNumber(json, "amount", reader.IsDBNull(3) ? null : reader.GetInt64(3) / 100m);
            BaselineJson.WriteNullableNumber(json, "fiscalYear", reader.IsDBNull(5) ? null : reader.GetInt32(5));
        }

        await using (var reader = await ReadAsync(NodeProgramSql, ("@Value1", slug)))
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
        await using var reader = await ReadAsync(AggregateSql, ("@Value", year));
        await reader.ReadAsync(cancellationToken);
        var count = reader.GetInt32(0);
        var sum = reader.GetInt64(1);
        var nonNull = reader.GetInt64(2);
        BaselineJson.WriteAggregate(json, count, sum, nonNull);
    }

    public async Task SearchAsync(string text)
    {
        // The API's statement and ranking function (OpenData.Api's Fts5SearchPlan, opendata_bm25 and its RankingCall):
        // one statement ranks every match, counts them and writes the page's snippets; run again with the query's own
        // expression when the file changed between the plan's vocabulary check and the statement, as the API does.
        var query = SearchQuery.Parse(text) ?? throw new InvalidOperationException($"nothing to search in '{text}'");
        var index = Fts5RankFunction.Register(connection);
        var plan = Fts5SearchPlan.For(index, query);

        // A whole-word search: ranked from the terms' doclists (OpenData.Api's DoclistRanking), then one statement for
        // the page's snippets, as the API's Fts5SearchStore does; otherwise, or when the file changed in between, the
        // ranking statement.
        var direct = await FromDoclistsAsync(index, query, plan);
        var (hits, total) = direct ?? await RankAsync(plan);
        if (direct is null && !plan.HeldFor(index))
        {
            (hits, total) = await RankAsync(Fts5SearchPlan.Original(query));
        }

        json.WriteStartObject("search");
        json.WriteNumber("totalCount", total);
        json.WriteStartArray("nodes");
        foreach (var hit in hits.Take(10))
        {
            json.WriteStartObject();
            json.WriteString("type", TypeName(hit.Type));
            json.WriteNumber("score", Math.Round(-hit.Score, 4, MidpointRounding.AwayFromZero));
            json.WriteString("snippet", SearchSnippet.Publish(hit.Snippet));
            json.WriteStartObject("node");
            json.WriteString("id", Convert.ToBase64String(Encoding.UTF8.GetBytes(hit.Type + ":" + hit.Slug)));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The first 10 + 1 hits ranked from the doclists and their snippets; null when the API would rank through FTS5.</summary>
    private async Task<(List<(string Type, string Slug, double Score, string Snippet)> Hits, int Total)?> FromDoclistsAsync(
        RankedIndex index, SearchQuery query, Fts5SearchPlan plan)
    {
        if (DoclistRanking.Rank(index, query, plan, 0, 11) is not { } ranked)
        {
            return null;
        }

        using var call = ranked.Call;
        var page = call.Page();
        var found = new Dictionary<long, (string Type, string Slug, string Snippet)>();
        if (page.Count > 0)
        {
            await using var reader = await ReadAsync(Fts5SearchStore.SnippetSql, ("$ids", Fts5SearchStore.PageIds(page)), ("$snippet", plan.SnippetMatch));
            while (await reader.ReadAsync(cancellationToken))
            {
                // [rowid, type, slug, snippet]
                using var row = JsonDocument.Parse(reader.GetString(0));
                var values = row.RootElement;
                found[values[0].GetInt64()] = (values[1].GetString()!, values[2].GetString()!, values[3].GetString() ?? "");
            }
        }

        if (index.DataVersion() != ranked.Version || !plan.HeldFor(index) || page.Any(hit => !found.ContainsKey(hit.Rowid)))
        {
            return null;
        }

        return ([.. page.Select(hit => (found[hit.Rowid].Type, found[hit.Rowid].Slug, hit.Score, found[hit.Rowid].Snippet))], call.Count);
    }

    /// <summary>The first 10 + 1 hits of <paramref name="plan"/>, best first, and the count of the matches.</summary>
    private async Task<(List<(string Type, string Slug, double Score, string Snippet)> Hits, int Total)> RankAsync(Fts5SearchPlan plan)
    {
        using var call = RankingCall.Begin(plan.Match, plan.Phrases, 0, 11);
        var found = new Dictionary<long, (string Type, string Slug, string Snippet)>();
        await using (var reader = await ReadAsync(plan.Sql, ("$call", call.Id), ("$match", plan.Match), ("$snippet", plan.SnippetMatch), ("$types", DBNull.Value)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                // [rowid, type, slug, snippet]
                using var row = JsonDocument.Parse(reader.GetString(0));
                var values = row.RootElement;
                found[values[0].GetInt64()] = (values[1].GetString()!, values[2].GetString()!, values[3].GetString() ?? "");
            }
        }

        var hits = call.Page().Select(hit => (found[hit.Rowid].Type, found[hit.Rowid].Slug, hit.Score, found[hit.Rowid].Snippet)).ToList();
        return (hits, call.Count);
    }

    private async Task PageAsync(SqliteDataReader reader, string field, bool withCategory)
    {
        json.WriteStartObject(field);
        json.WriteStartArray("nodes");
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken) && rows++ < 20)
        {
            json.WriteStartObject();
            json.WriteString("id", Convert.ToBase64String(Encoding.UTF8.GetBytes("HistoryEvent:" + reader.GetString(0))));
            json.WriteString("title", reader.GetString(1));
            json.WriteString("date", reader.GetString(2));
            if (withCategory)
            {
                json.WriteString("category", reader.GetString(3));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }


    private async Task<SqliteDataReader> ReadAsync(string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteReaderAsync(System.Data.CommandBehavior.Default, cancellationToken);
    }

    /// <summary>As the API's batches: the keys in one parameter, a JSON array (EF Core's EF.Parameter over a list).</summary>
    private Task<SqliteDataReader> ReadInAsync(string sql, IReadOnlyList<object> values) =>
        ReadAsync(sql, ("@Value", JsonSerializer.Serialize(values)));

    internal static string TypeName(string type) => string.Concat(type.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
