using System.Globalization;
using System.Text.Json.Nodes;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;
using OpenData.Domain.Model;

namespace OpenData.Api.Catalog;

/// <summary>
/// The DCAT description of the dataset as JSON-LD: plain member names mapped by <c>@context</c> to the
/// dcat:, dct: and spdx: vocabularies (and schema:sha256), every member defined so that a JSON-LD processor
/// drops none; the dataset has an <c>@id</c> and one dcat:Distribution per download, each with its accessURL.
/// <c>release</c> (owl:versionInfo) names the published release the dataset and each download are (left out when the
/// served data has changes not yet released); <c>hasVersion</c> lists every release, newest first.
/// </summary>
internal static class CatalogDocument
{
    /// <summary>The dataset's IRI, under the same base as the downloads: the catalogue's own address with <c>#dataset</c>.</summary>
    public const string DatasetIdPath = "catalog.json#dataset";

    private static readonly string[] Keywords =
    [
        "Instituto Estatal de las Mujeres", "IEM", "Durango", "mujeres", "igualdad de género",
        "alerta de violencia de género", "presupuesto público", "transparencia", "datos abiertos",
    ];

    public static JsonObject Build(
        DatasetInfo info, DatasetOptions options, TemporalCoverage coverage,
        IReadOnlyDictionary<string, FileDigest> digests, Func<string, string> downloadUrl,
        IReadOnlyList<Release>? releases = null, Release? current = null)
    {
        releases ??= [];
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(digests);
        ArgumentNullException.ThrowIfNull(downloadUrl);
        var builtAt = info.BuiltAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return WithRelease(new JsonObject
        {
            ["@context"] = Context(),
            ["@id"] = downloadUrl(DatasetIdPath),
            ["@type"] = "dcat:Dataset",
            ["title"] = options.Title,
            ["description"] = "Compilación independiente, con fuentes, de datos públicos sobre el Instituto Estatal de las Mujeres (IEM) de Durango: "
                + "historia, leyes, planes, personas y cargos, programas, dinero público, convenios, municipios con alerta de violencia de género, "
                + "centros de atención y glosario. Cada registro cita sus fuentes; los datos en disputa publican todas las versiones.",
            ["publisher"] = new JsonObject { ["@type"] = "foaf:Agent", ["name"] = options.Publisher },
            ["license"] = options.LicenceUrl,
            ["rights"] = options.LicenceName,
            ["language"] = "es",
            ["spatial"] = new JsonObject
            {
                ["@type"] = "dct:Location",
                ["prefLabel"] = "Durango, México",
                ["identifier"] = "INEGI:10",
            },
            ["temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["startDate"] = Date(coverage.Start),
                ["endDate"] = Date(coverage.End),
            },
            ["issued"] = builtAt,
            ["modified"] = builtAt,
            ["version"] = info.Version,
            ["hasVersion"] = new JsonArray([.. releases.Reverse().Select(r => (JsonNode)new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["release"] = r.Id,
                ["issued"] = r.PublishedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z",
                ["versionNotes"] = r.Note,
            })]),
            ["keyword"] = new JsonArray([.. Keywords.Select(k => (JsonNode)k)]),
            ["distribution"] = new JsonArray([.. Download.All.Where(d => digests.ContainsKey(d.Path)).Select(d => (JsonNode)WithRelease(Distribution(d, digests[d.Path], downloadUrl(d.Path), options), current))]),
        }, current);
    }

    /// <summary>Adds <c>release</c> when the served data is a published release (a JSON-LD null would be dropped, so no null is written).</summary>
    private static JsonObject WithRelease(JsonObject node, Release? release)
    {
        if (release is not null)
        {
            node["release"] = release.Id;
        }

        return node;
    }

    private static JsonObject Distribution(Download download, FileDigest digest, string url, DatasetOptions options) => new JsonObject
    {
        ["@type"] = "dcat:Distribution",
        ["title"] = download.Title,
        // DCAT requires accessURL on every distribution; for a direct download it is the download's own address.
        ["accessURL"] = url,
        ["downloadURL"] = url,
        ["mediaType"] = download.MediaType,
        ["byteSize"] = digest.ByteSize,
        ["sha256"] = digest.Sha256,
        ["checksum"] = new JsonObject
        {
            ["@type"] = "spdx:Checksum",
            ["algorithm"] = "spdx:checksumAlgorithm_sha256",
            ["checksumValue"] = digest.Sha256,
        },
        ["license"] = options.LicenceUrl,
    };

    private static JsonObject Context() => new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["spdx"] = "http://spdx.org/rdf/terms#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["schema"] = "https://schema.org/",
        ["title"] = "dct:title",
        ["description"] = "dct:description",
        ["publisher"] = "dct:publisher",
        ["name"] = "foaf:name",
        ["license"] = new JsonObject { ["@id"] = "dct:license", ["@type"] = "@id" },
        ["rights"] = "dct:rights",
        ["language"] = "dct:language",
        ["spatial"] = "dct:spatial",
        ["prefLabel"] = "skos:prefLabel",
        ["identifier"] = "dct:identifier",
        ["temporal"] = "dct:temporal",
        ["startDate"] = new JsonObject { ["@id"] = "dcat:startDate", ["@type"] = "xsd:date" },
        ["endDate"] = new JsonObject { ["@id"] = "dcat:endDate", ["@type"] = "xsd:date" },
        ["issued"] = new JsonObject { ["@id"] = "dct:issued", ["@type"] = "xsd:dateTime" },
        ["modified"] = new JsonObject { ["@id"] = "dct:modified", ["@type"] = "xsd:dateTime" },
        ["version"] = "dcat:version",
        ["owl"] = "http://www.w3.org/2002/07/owl#",
        ["adms"] = "http://www.w3.org/ns/adms#",
        ["release"] = "owl:versionInfo",
        ["hasVersion"] = "dcat:hasVersion",
        ["versionNotes"] = "adms:versionNotes",
        ["keyword"] = "dcat:keyword",
        ["distribution"] = "dcat:distribution",
        ["accessURL"] = new JsonObject { ["@id"] = "dcat:accessURL", ["@type"] = "@id" },
        ["downloadURL"] = new JsonObject { ["@id"] = "dcat:downloadURL", ["@type"] = "@id" },
        ["mediaType"] = "dcat:mediaType",
        ["byteSize"] = new JsonObject { ["@id"] = "dcat:byteSize", ["@type"] = "xsd:nonNegativeInteger" },
        ["sha256"] = "schema:sha256",
        ["checksum"] = "spdx:checksum",
        ["algorithm"] = new JsonObject { ["@id"] = "spdx:algorithm", ["@type"] = "@id" },
        ["checksumValue"] = new JsonObject { ["@id"] = "spdx:checksumValue", ["@type"] = "xsd:hexBinary" },
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
