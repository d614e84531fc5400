using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using GraphQL.Types;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.Api.Records;

/// <summary>
/// Renders one record as a plain HTML page (no script): its fields with Spanish labels, related records as links,
/// sources, disputes with every claim and its sources, the citation, and the query and downloads that give the same
/// data. Every value from the data is HTML-encoded; nothing from the data runs as HTML.
/// </summary>
public sealed class RecordPage(RecordKind kind, JsonObject record, string citation, string query, string variables, Uri address)
{
    // Accents stay readable in the source; <, >, &, quotes and everything outside the letters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    public string Render()
    {
        var title = Text(record[kind.DisplayField]) ?? Text(record["slug"]) ?? kind.TypeName;
        var typeLabel = RecordKinds.Label(kind.Description, kind.TypeName);
        Raw("<!doctype html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n");
        Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Raw("<title>").Enc(title).Raw(" · Datos abiertos del IEM Durango</title>\n");
        Raw("<link rel=\"stylesheet\" href=\"/explorer/record.css\">\n</head>\n<body>\n");
        Raw("<header><nav aria-label=\"Ruta\"><a href=\"/\">Datos abiertos del IEM Durango</a> › <span>").Enc(typeLabel).Raw("</span></nav>\n");
        Raw("<h1 id=\"record-title\">").Enc(title).Raw("</h1>\n");
        if (kind.Description is { } description)
        {
            Raw("<p class=\"kind\">").Enc(description).Raw(" <code>").Enc(kind.TypeName).Raw("</code></p>\n");
        }

        Raw("</header>\n<main>\n");
        RenderFields();
        RenderRelated();
        RenderSources(record["sources"] as JsonArray);
        RenderConflicts(record["conflicts"] as JsonArray);
        RenderCitation(title);
        RenderSameData();
        Raw("</main>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void RenderFields()
    {
        Raw("<section id=\"datos\" aria-labelledby=\"h-datos\"><h2 id=\"h-datos\">Datos</h2>\n<dl class=\"fields\">\n");
        foreach (var field in kind.Fields.Where(f => f.Shape is FieldShape.Scalar or FieldShape.ScalarList or FieldShape.Enum or FieldShape.Composite or FieldShape.CompositeList))
        {
            if (field.Name == "id")
            {
                continue;
            }

            Raw("<div data-field=\"").Enc(field.Name).Raw("\"><dt");
            if (field.Description is { } description)
            {
                Raw(" title=\"").Enc(description).Raw("\"");
            }

            Raw(">").Enc(field.Label).Raw("</dt><dd>");
            RenderValue(field, record[field.Name]);
            Raw("</dd></div>\n");
        }

        Raw("</dl>\n</section>\n");
    }

    private void RenderValue(RecordField field, JsonNode? value)
    {
        switch (value)
        {
            case null:
                Raw("<span class=\"none\">sin dato</span>");
                break;
            case JsonArray { Count: 0 }:
                Raw("<span class=\"none\">ninguno</span>");
                break;
            case JsonArray items when field.Shape == FieldShape.CompositeList:
                Raw("<ul>");
                foreach (var item in items)
                {
                    Raw("<li>");
                    RenderObject(item as JsonObject);
                    Raw("</li>");
                }

                Raw("</ul>");
                break;
            case JsonArray items:
                Raw("<ul>");
                foreach (var item in items)
                {
                    Raw("<li>");
                    RenderScalar(field, item);
                    Raw("</li>");
                }

                Raw("</ul>");
                break;
            case JsonObject fields:
                RenderObject(fields);
                break;
            default:
                RenderScalar(field, value);
                break;
        }
    }

    private void RenderObject(JsonObject? fields)
    {
        if (fields is null)
        {
            return;
        }

        Raw("<dl class=\"nested\">");
        foreach (var (name, value) in fields)
        {
            Raw("<dt>").Enc(name).Raw("</dt><dd>").Enc(Text(value) ?? "—").Raw("</dd>");
        }

        Raw("</dl>");
    }

    private void RenderScalar(RecordField field, JsonNode? value)
    {
        var text = Text(value) ?? "";
        if (field.Type is EnumerationGraphType enumeration
            && enumeration.Values.FirstOrDefault(v => v.Name == text) is { Description: { } meaning })
        {
            Enc(RecordKinds.Label(meaning, text)).Raw(" <code>").Enc(text).Raw("</code>");
        }
        else if (IsLink(text))
        {
            Link(text, text);
        }
        else
        {
            Enc(text);
        }
    }

    private void RenderRelated()
    {
        var related = kind.Fields.Where(f => f.Shape is FieldShape.Node or FieldShape.NodeList).ToList();
        if (related.Count == 0)
        {
            return;
        }

        Raw("<section id=\"relacionados\" aria-labelledby=\"h-rel\"><h2 id=\"h-rel\">Registros relacionados</h2>\n<dl class=\"fields\">\n");
        foreach (var field in related)
        {
            Raw("<div data-field=\"").Enc(field.Name).Raw("\"><dt title=\"").Enc(field.Description ?? "").Raw("\">").Enc(field.Label).Raw("</dt><dd>");
            switch (record[field.Name])
            {
                case JsonArray { Count: > 0 } items:
                    Raw("<ul>");
                    foreach (var item in items)
                    {
                        Raw("<li>");
                        RecordLink(item as JsonObject);
                        Raw("</li>");
                    }

                    Raw("</ul>");
                    break;
                case JsonObject item:
                    RecordLink(item);
                    break;
                default:
                    Raw("<span class=\"none\">ninguno</span>");
                    break;
            }

            Raw("</dd></div>\n");
        }

        Raw("</dl>\n</section>\n");
    }

    private void RecordLink(JsonObject? item)
    {
        if (item is null || !GlobalId.TryDecode(Text(item["id"]), out var typeName, out var slug))
        {
            Raw("—");
            return;
        }

        var name = item.Where(p => p.Key is not ("id" or "__typename")).Select(p => Text(p.Value)).FirstOrDefault(t => t is not null) ?? slug;
        Raw("<a href=\"").Enc(RecordKinds.PathOf(typeName, slug)).Raw("\">").Enc(name).Raw("</a>");
    }

    private void RenderSources(JsonArray? sources)
    {
        Raw("<section id=\"fuentes\" aria-labelledby=\"h-fuentes\"><h2 id=\"h-fuentes\">Fuentes</h2>\n");
        if (sources is null || sources.Count == 0)
        {
            Raw("<p class=\"none\">Este registro no cita fuentes propias.</p>\n</section>\n");
            return;
        }

        Raw("<ol class=\"sources\">\n");
        foreach (var source in sources.OfType<JsonObject>())
        {
            Raw("<li>");
            SourceItem(source);
            Raw("</li>\n");
        }

        Raw("</ol>\n</section>\n");
    }

    private void SourceItem(JsonObject source)
    {
        var title = Text(source["title"]) ?? Text(source["slug"]) ?? "fuente";
        if (Text(source["url"]) is { } url && IsLink(url))
        {
            Link(url, title);
        }
        else
        {
            Enc(title);
        }

        var details = new[] { Text(source["publisher"]), Text(source["publishedOn"]) }.Where(t => t is not null).ToList();
        if (details.Count > 0)
        {
            Raw(" <span class=\"meta\">(").Enc(string.Join(", ", details)).Raw(")</span>");
        }

        if (Text(source["slug"]) is { } slug)
        {
            Raw(" <a class=\"meta\" href=\"").Enc(RecordKinds.PathOf("Source", slug)).Raw("\">ficha de la fuente</a>");
        }
    }

    private void RenderConflicts(JsonArray? conflicts)
    {
        if (conflicts is null)
        {
            return;
        }

        Raw("<section id=\"discrepancias\" aria-labelledby=\"h-disc\"><h2 id=\"h-disc\">Discrepancias entre fuentes</h2>\n");
        if (conflicts.Count == 0)
        {
            Raw("<p class=\"none\">Ninguna: las fuentes de este registro no se contradicen.</p>\n</section>\n");
            return;
        }

        foreach (var conflict in conflicts.OfType<JsonObject>())
        {
            Raw("<article class=\"conflict\"><h3>").Enc(Text(conflict["topic"]) ?? "Discrepancia").Raw("</h3>\n");
            if (Text(conflict["summary"]) is { } summary)
            {
                Raw("<p>").Enc(summary).Raw("</p>\n");
            }

            Raw("<ol class=\"claims\">\n");
            foreach (var claim in (conflict["claims"] as JsonArray ?? []).OfType<JsonObject>())
            {
                Raw("<li class=\"claim\"><p class=\"claim-value\">").Enc(Text(claim["value"]) ?? "").Raw("</p>");
                if (Text(claim["note"]) is { } note)
                {
                    Raw("<p class=\"meta\">").Enc(note).Raw("</p>");
                }

                Raw("<p class=\"according\">Según:</p><ul class=\"sources\">");
                foreach (var source in (claim["sources"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    Raw("<li>");
                    SourceItem(source);
                    Raw("</li>");
                }

                Raw("</ul></li>\n");
            }

            Raw("</ol>\n");
            if (Text(conflict["note"]) is { } conflictNote)
            {
                Raw("<p class=\"meta\">").Enc(conflictNote).Raw("</p>\n");
            }

            Raw("</article>\n");
        }

        Raw("</section>\n");
    }

    private void RenderCitation(string title)
    {
        Raw("<section id=\"cita\" aria-labelledby=\"h-cita\"><h2 id=\"h-cita\">Cómo citar</h2>\n");
        Raw("<p id=\"citation\">").Enc(citation).Raw("</p>\n");
        Raw("<p class=\"meta\">Este registro: «").Enc(title).Raw("», ").Enc(address.ToString()).Raw("</p>\n</section>\n");
    }

    private void RenderSameData()
    {
        var encodedQuery = Uri.EscapeDataString(query);
        var encodedVariables = Uri.EscapeDataString(variables);
        Raw("<section id=\"mismos-datos\" aria-labelledby=\"h-mismos\"><h2 id=\"h-mismos\">Los mismos datos, en crudo</h2>\n");
        Raw("<p>Esta página es el resultado de la siguiente consulta GraphQL, con las variables <code>").Enc(variables).Raw("</code>:</p>\n");
        Raw("<pre id=\"record-query\"><code>").Enc(query).Raw("</code></pre>\n<ul class=\"links\">\n");
        Raw("<li><a href=\"/graphql?query=").Enc(encodedQuery).Raw("&amp;variables=").Enc(encodedVariables).Raw("\">Resultado en JSON</a></li>\n");
        Raw("<li><a href=\"/?query=").Enc(encodedQuery).Raw("&amp;variables=").Enc(encodedVariables).Raw("\">Abrir en el explorador</a></li>\n");
        Raw("<li><a href=\"/ide/?query=").Enc(encodedQuery).Raw("&amp;variables=").Enc(encodedVariables).Raw("\">Abrir en el IDE GraphQL</a></li>\n");
        if (kind.Collection is { } collection)
        {
            Raw("<li>La colección completa (").Enc(collection).Raw("): ");
            Raw("<a href=\"/export/").Enc(collection).Raw(".csv?bom=1\">CSV para Excel</a>, ");
            Raw("<a href=\"/export/").Enc(collection).Raw(".csv\">CSV</a>, ");
            Raw("<a href=\"/export/").Enc(collection).Raw(".json\">JSON</a></li>\n");
        }

        Raw("</ul>\n</section>\n");
    }

    private static bool IsLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private void Link(string url, string text) =>
        Raw("<a href=\"").Enc(url).Raw("\" rel=\"noopener noreferrer nofollow\">").Enc(text).Raw("</a>");

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "sí" : "no",
        JsonValue v => v.ToJsonString(),
        JsonArray a => string.Join("; ", a.Select(Text)),
        JsonObject o => string.Join("; ", o.Select(p => Text(p.Value))),
        _ => value.ToJsonString(),
    } is { } text && text.Length > 0 ? text : null;

    private RecordPage Raw(string text)
    {
        _html.Append(text);
        return this;
    }

    private RecordPage Enc(string text)
    {
        _html.Append(Html.Encode(text));
        return this;
    }
}
