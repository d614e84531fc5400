using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using OpenData.GraphQL.Http.Execution.Rows;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// GraphQL.NET's <c>GraphQL.SystemTextJson.ExecutionResultJsonConverter</c> (8.8.5), step for step, that also writes a
/// <see cref="RowNode"/> as that converter writes an object node whose fields are value nodes: the same property names
/// (through the options' naming policy), each value through <see cref="JsonSerializer"/> with the same options.
/// Write-only, as GraphQL.NET's.
/// </summary>
public sealed class ResultJsonConverter : JsonConverter<ExecutionResult>
{
    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions?.Count > 0)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, value.Extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode valueNode:
                JsonSerializer.Serialize(writer, valueNode.ToValue(), options);
                break;
            case RowNode row:
                WriteRow(writer, row, options);
                break;
            case ObjectExecutionNode objectNode when objectNode.SubFields is { } fields:
                writer.WriteStartObject();
                foreach (var child in fields)
                {
                    writer.WritePropertyName(PropertyName(child.Name!, options));
                    WriteNode(writer, child, options);
                }

                writer.WriteEndObject();
                break;
            case ObjectExecutionNode:
                writer.WriteNullValue();
                break;
            case ArrayExecutionNode arrayNode when arrayNode.Items is { } items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode arrayNode:
                JsonSerializer.Serialize(writer, arrayNode.SerializedResult, options);
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, RowNode row, JsonSerializerOptions options)
    {
        if (!row.HasValues)
        {
            writer.WriteNullValue();
            return;
        }

        var values = row.Values;

        var leaves = row.Leaves;
        writer.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(PropertyName(leaves[i].Name, options));
            JsonSerializer.Serialize(writer, values[i], options);
        }

        writer.WriteEndObject();
    }

    private static string PropertyName(string name, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name;

    /// <inheritdoc/>
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An execution result is written, never read.");

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);
}
