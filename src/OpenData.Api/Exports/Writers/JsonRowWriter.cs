using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenData.Api.Exports.Writers;

/// <summary>
/// JSON (one array of objects) or NDJSON (one object per line), keys in column order, lists as arrays.
/// Rows go into a small buffer that is copied to the stream, asynchronously, whenever it fills.
/// </summary>
internal sealed class JsonRowWriter(Stream output, bool lines) : IRowWriter
{
    private const int FlushThreshold = 32 * 1024;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
    private IReadOnlyList<string> _columns = [];
    private Utf8JsonWriter? _json;
    private bool _first = true;

    private Utf8JsonWriter Json => _json ??= new Utf8JsonWriter(_buffer, Options);

    public ValueTask WriteHeaderAsync(IReadOnlyList<string> columns, CancellationToken cancellationToken)
    {
        _columns = columns;
        if (!lines)
        {
            Raw("["u8);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask WriteRowAsync(object?[] row, CancellationToken cancellationToken)
    {
        if (!lines && !_first)
        {
            Raw(","u8);
        }

        _first = false;
        var json = Json;
        json.WriteStartObject();
        for (var i = 0; i < row.Length; i++)
        {
            json.WritePropertyName(_columns[i]);
            WriteValue(json, row[i]);
        }

        json.WriteEndObject();
        json.Flush();
        json.Reset();
        if (lines)
        {
            Raw("\n"u8);
        }

        if (_buffer.WrittenCount >= FlushThreshold)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (!lines)
        {
            Raw("]"u8);
        }

        await FlushAsync(cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _json?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case decimal amount:
                json.WriteNumberValue(amount);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyList<string> texts:
                json.WriteStartArray();
                foreach (var text in texts)
                {
                    json.WriteStringValue(text);
                }

                json.WriteEndArray();
                break;
            case IReadOnlyList<int> numbers:
                json.WriteStartArray();
                foreach (var number in numbers)
                {
                    json.WriteNumberValue(number);
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON form for a column value of type {value.GetType().Name}.");
        }
    }

    private void Raw(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
        _buffer.ResetWrittenCount();
    }
}
