namespace OpenData.Api.Exports;

/// <summary>A download format: its file extension, media type and Spanish label.</summary>
internal sealed record ExportFormat(string Extension, string MediaType, string Label)
{
    public static ExportFormat Csv { get; } = new("csv", "text/csv", "CSV");

    public static ExportFormat Json { get; } = new("json", "application/json", "JSON");

    public static ExportFormat Ndjson { get; } = new("ndjson", "application/x-ndjson", "NDJSON");

    public static IReadOnlyList<ExportFormat> All { get; } = [Csv, Json, Ndjson];

    public static ExportFormat? Find(string extension) => All.FirstOrDefault(f => f.Extension == extension);
}
