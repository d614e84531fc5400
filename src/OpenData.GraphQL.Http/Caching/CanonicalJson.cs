using System.Text;
using System.Text.Json;

namespace OpenData.GraphQL.Http.Caching;

/// <summary>JSON written compactly with object members sorted by name, so equal values give equal text.</summary>
internal static class CanonicalJson
{
    public static string Write(JsonElement? value, params string[] skipTopLevelMembers)
    {
        if (value is not { } element)
        {
            return "null";
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, element, skipTopLevelMembers);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element, string[] skipMembers)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject()
                    .Where(member => !skipMembers.Contains(member.Name))
                    .OrderBy(member => member.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(member.Name);
                    Write(writer, member.Value, []);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item, []);
                }

                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
