using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using OpenData.GraphQL.Http.Execution.Rows;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> with the bytes <see cref="ResultJsonConverter"/> writes through
/// <see cref="JsonSerializer"/>, without the serializer's layers for the values a result is made of: strings, booleans,
/// numbers of the common types and nulls are written by the writer's own methods (those the serializer's built-in
/// converters call), when the options leave them to those converters; the names of a row's fields are encoded once per
/// plan. Everything else (errors, extensions, other values) goes through <see cref="JsonSerializer"/> as before.
/// </summary>
internal sealed class ResultWriter
{
    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly JsonSerializerOptions _options;
    private readonly JsonWriterOptions _writerOptions;
    private readonly bool _builtInPrimitives;

    public ResultWriter(JsonSerializerOptions options)
    {
        _options = options;
        _writerOptions = new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented };
        _builtInPrimitives = options.NumberHandling == System.Text.Json.Serialization.JsonNumberHandling.Strict
            && BuiltIn<string>(options) && BuiltIn<bool>(options) && BuiltIn<int>(options) && BuiltIn<long>(options)
            && BuiltIn<double>(options) && BuiltIn<decimal>(options);
    }

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>, flushed.</summary>
    public void Write(System.Buffers.IBufferWriter<byte> output, ExecutionResult result)
    {
        // One writer per thread, reset for each answer: the writing is synchronous, so no other answer can share it.
        var writer = t_writer;
        if (writer is null || writer.Options.Encoder != _writerOptions.Encoder || writer.Options.Indented != _writerOptions.Indented)
        {
            writer = new Utf8JsonWriter(output, _writerOptions);
            t_writer = writer;
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            WriteResult(writer, result);
            writer.Flush();
        }
        finally
        {
            // Holds no reference to the buffer afterwards (and a failed answer leaves nothing half written behind).
            writer.Reset(Stream.Null);
        }
    }

    private void WriteResult(Utf8JsonWriter writer, ExecutionResult value)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, _options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, _options);
            }
        }

        if (value.Extensions?.Count > 0)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, value.Extensions, _options);
        }

        writer.WriteEndObject();
    }

    private void WriteNode(Utf8JsonWriter writer, ExecutionNode? node)
    {
        switch (node)
        {
            case ValueExecutionNode valueNode:
                WriteValue(writer, valueNode.ToValue());
                break;
            case RowNode row:
                WriteRow(writer, row);
                break;
            case ObjectExecutionNode objectNode when objectNode.SubFields is { } fields:
                writer.WriteStartObject();
                foreach (var child in fields)
                {
                    writer.WritePropertyName(PropertyName(child.Name!));
                    WriteNode(writer, child);
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
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode arrayNode:
                JsonSerializer.Serialize(writer, arrayNode.SerializedResult, _options);
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), _options);
                break;
        }
    }

    private void WriteRow(Utf8JsonWriter writer, RowNode row)
    {
        if (!row.HasValues)
        {
            writer.WriteNullValue();
            return;
        }

        var values = row.Values;

        var names = row.Plan.EncodedNames(_options);
        writer.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            WriteValue(writer, values[i]);
        }

        writer.WriteEndObject();
    }

    /// <summary>As <c>JsonSerializer.Serialize&lt;object?&gt;</c> with the options: the built-in converters' own writes for the common types.</summary>
    private void WriteValue(Utf8JsonWriter writer, object? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        if (_builtInPrimitives)
        {
            switch (value)
            {
                case string text:
                    writer.WriteStringValue(text);
                    return;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    return;
                case int number:
                    writer.WriteNumberValue(number);
                    return;
                case long number:
                    writer.WriteNumberValue(number);
                    return;
                case double number:
                    writer.WriteNumberValue(number);
                    return;
                case decimal number:
                    writer.WriteNumberValue(number);
                    return;
            }
        }

        JsonSerializer.Serialize(writer, value, _options);
    }

    private string PropertyName(string name) => _options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name;

    /// <summary>Whether the options write <typeparamref name="T"/> with System.Text.Json's own converter.</summary>
    private static bool BuiltIn<T>(JsonSerializerOptions options) =>
        options.GetConverter(typeof(T)).GetType().Assembly == typeof(JsonSerializer).Assembly;
}
