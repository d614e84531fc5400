using System.Text.Json;

namespace OpenData.Load.Baseline;

/// <summary>The JSON the baseline writes alike on both providers, from rows already read.</summary>
internal static class BaselineJson
{
    /// <summary>The relation's answer: each agreement with its signatories, their people and the people's appointments.</summary>
    public static void WriteRelation(
        Utf8JsonWriter json,
        List<(string Id, string Title)> agreements,
        List<(string Agreement, string Id, string? Role)> signatories,
        Dictionary<string, (string Id, string Name)> people,
        Dictionary<string, List<(string? Role, string? Organisation)>> appointments)
    {
        json.WriteStartObject("agreements");
        json.WriteStartArray("nodes");
        foreach (var agreement in agreements)
        {
            json.WriteStartObject();
            json.WriteString("title", agreement.Title);
            json.WriteStartArray("signatories");
            foreach (var signatory in signatories.Where(s => s.Agreement == agreement.Id))
            {
                json.WriteStartObject();
                json.WriteString("role", signatory.Role);
                json.WriteStartObject("person");
                var person = people[signatory.Id];
                json.WriteString("name", person.Name);
                json.WriteStartArray("appointments");
                foreach (var appointment in appointments.GetValueOrDefault(person.Id) ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("role", appointment.Role);
                    json.WriteString("organisation", appointment.Organisation);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The aggregate's answer: the count, and the amounts' sum and average (null when no amount is set).</summary>
    public static void WriteAggregate(Utf8JsonWriter json, int count, long sum, long nonNull)
    {
        json.WriteStartObject("fundingRecords");
        json.WriteStartObject("aggregates");
        json.WriteNumber("count", count);
        json.WriteStartObject("sum");
        WriteNullableNumber(json, "amount", nonNull == 0 ? null : sum / 100m);
        json.WriteEndObject();
        json.WriteStartObject("avg");
        WriteNullableNumber(json, "amount", nonNull == 0 ? null : sum / 100m / nonNull);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A number, or null.</summary>
    public static void WriteNullableNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
