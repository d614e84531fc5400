using System.Globalization;
using System.Text.Json.Nodes;
using OpenData.Api.Exports;
using OpenData.Api.Schema.Dataset;
using OpenData.Domain.Model;

namespace OpenData.Api.Catalog;

/// <summary>
/// The DCAT description of the dataset as JSON-LD: plain member names mapped by <c>@context</c> to the
/// dcat:, dct: and spdx: vocabularies, and one dcat:Distribution per download. <c>release</c> names the published release
/// the dataset and each download are (absent when the served data has changes not yet released); <c>hasVersion</c> lists
/// every release, newest first.
/// </summary>
internal static class CatalogDocument
{
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
        return new JsonObject
        {
            ["@context"] = Context(),
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
            ["release"] = current?.Id,
            ["hasVersion"] = new JsonArray([.. releases.Reverse().Select(r => (JsonNode)new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["release"] = r.Id,
                ["issued"] = Date(r.PublishedOn),
                ["versionNotes"] = r.Note,
            })]),
            ["keyword"] = new JsonArray([.. Keywords.Select(k => (JsonNode)k)]),
            ["distribution"] = new JsonArray([.. Download.All.Where(d => digests.ContainsKey(d.Path)).Select(d => (JsonNode)Distribution(d, digests[d.Path], downloadUrl(d.Path), options, current))]),
        };
    }

    private static JsonObject Distribution(Download download, FileDigest digest, string url, DatasetOptions options, Release? release) => new JsonObject
    {
        ["@type"] = "dcat:Distribution",
        ["title"] = download.Title,
        ["release"] = release?.Id,
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
        ["downloadURL"] = new JsonObject { ["@id"] = "dcat:downloadURL", ["@type"] = "@id" },
        ["mediaType"] = "dcat:mediaType",
        ["byteSize"] = new JsonObject { ["@id"] = "dcat:byteSize", ["@type"] = "xsd:nonNegativeInteger" },
        ["checksum"] = "spdx:checksum",
        ["algorithm"] = new JsonObject { ["@id"] = "spdx:algorithm", ["@type"] = "@id" },
        ["checksumValue"] = new JsonObject { ["@id"] = "spdx:checksumValue", ["@type"] = "xsd:hexBinary" },
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
