using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;
using OpenData.Api.Schema.Releases;
using OpenData.Domain.Data;

namespace OpenData.Api.Catalog;

/// <summary>Reads what the catalogue states about the served dataset and writes catalog.json.</summary>
internal sealed class CatalogBuilder(IDbContextFactory<OpenDataDbContext> contexts, DatasetMetadata metadata, DatasetOptions options, ReleaseCatalog releases)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DatasetOptions Options => options;

    public async Task<JsonObject> BuildAsync(
        IReadOnlyDictionary<string, FileDigest> digests, Func<string, string> downloadUrl, CancellationToken cancellationToken)
    {
        var info = await metadata.GetAsync(cancellationToken);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var coverage = await TemporalCoverage.ReadAsync(db, cancellationToken);
            return CatalogDocument.Build(info, options, coverage, digests, downloadUrl, releases.All, releases.ReleaseOf(info));
        }
    }

    /// <summary>The catalogue as indented UTF-8 JSON with a final newline.</summary>
    public static byte[] Serialize(JsonObject catalog) =>
        [.. JsonSerializer.SerializeToUtf8Bytes(catalog, Json), (byte)'\n'];

    /// <summary>The address of a download: under Dataset:PublicUrl when configured, else under <paramref name="fallbackBase"/> (or relative when null).</summary>
    public string DownloadUrl(string path, Uri? fallbackBase) =>
        options.PublicUrl is { } publicUrl ? new Uri(new Uri(publicUrl), path).ToString()
        : fallbackBase is not null ? new Uri(fallbackBase, path).ToString()
        : path;
}
