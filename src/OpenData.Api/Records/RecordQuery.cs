using System.Text;
using GraphQL.Types;

namespace OpenData.Api.Records;

/// <summary>
/// The GraphQL query a record page runs (and shows, so the reader can run it too): every field of the record, a
/// link's worth of each related record, the sources, the disputes with each claim and its sources, and the citation.
/// </summary>
public static class RecordQuery
{
    public static string For(RecordKind kind, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(schema);
        var text = new StringBuilder();
        text.Append("query Registro($id: ID!) {\n");
        if (kind.LookupField is { } lookup)
        {
            text.Append("  registro: ").Append(lookup).Append("(id: $id) {\n");
            AppendRecordFields(text, kind, schema, "    ");
            text.Append("  }\n");
        }
        else
        {
            text.Append("  registro: node(id: $id) {\n    ... on ").Append(kind.TypeName).Append(" {\n");
            AppendRecordFields(text, kind, schema, "      ");
            text.Append("    }\n  }\n");
        }

        text.Append("  dataset {\n    version\n    citation\n  }\n}\n");
        return text.ToString();
    }

    private static void AppendRecordFields(StringBuilder text, RecordKind kind, ISchema schema, string indent)
    {
        text.Append(indent).Append("id\n");
        foreach (var field in kind.Fields.Where(f => f.Name != "id"))
        {
            text.Append(indent).Append(field.Name);
            switch (field.Shape)
            {
                case FieldShape.Node or FieldShape.NodeList:
                    text.Append(" {\n");
                    AppendLink(text, field.Type, indent + "  ");
                    text.Append(indent).Append("}\n");
                    break;
                case FieldShape.Composite or FieldShape.CompositeList:
                    text.Append(" {\n");
                    AppendScalars(text, (IComplexGraphType)field.Type, indent + "  ");
                    text.Append(indent).Append("}\n");
                    break;
                case FieldShape.Sources:
                    text.Append(" {\n");
                    AppendSource(text, field.Type, indent + "  ");
                    text.Append(indent).Append("}\n");
                    break;
                case FieldShape.Conflicts:
                    text.Append(" {\n");
                    AppendConflict(text, schema, indent + "  ");
                    text.Append(indent).Append("}\n");
                    break;
                default:
                    text.Append('\n');
                    break;
            }
        }
    }

    /// <summary>What a link needs: the type and id (a global id decodes to the slug), and on a concrete type its slug and name.</summary>
    private static void AppendLink(StringBuilder text, IGraphType type, string indent)
    {
        text.Append(indent).Append("__typename\n").Append(indent).Append("id\n");
        if (type is IObjectGraphType concrete)
        {
            var display = RecordKinds.DisplayFieldOf(concrete);
            if (display != "slug")
            {
                text.Append(indent).Append(display).Append('\n');
            }
        }
    }

    private static void AppendScalars(StringBuilder text, IComplexGraphType type, string indent)
    {
        foreach (var field in type.Fields.Where(f => f.Arguments is not { Count: > 0 } && f.ResolvedType is not null)
                     .Where(f => RecordKinds.Unwrap(f.ResolvedType!).Named is ScalarGraphType or EnumerationGraphType))
        {
            text.Append(indent).Append(field.Name).Append('\n');
        }
    }

    private static void AppendSource(StringBuilder text, IGraphType source, string indent)
    {
        text.Append(indent).Append("id\n");
        foreach (var name in new[] { "slug", "title", "publisher", "publishedOn", "url", "kind" })
        {
            if (source is IComplexGraphType complex && complex.GetField(name) is not null)
            {
                text.Append(indent).Append(name).Append('\n');
            }
        }
    }

    private static void AppendConflict(StringBuilder text, ISchema schema, string indent)
    {
        var source = schema.AllTypes["Source"] ?? throw new InvalidOperationException("The schema has no Source type.");
        text.Append(indent).Append("id\n").Append(indent).Append("topic\n").Append(indent).Append("summary\n").Append(indent).Append("note\n");
        text.Append(indent).Append("claims {\n");
        var inner = indent + "  ";
        text.Append(inner).Append("position\n").Append(inner).Append("value\n").Append(inner).Append("note\n");
        text.Append(inner).Append("sources {\n");
        AppendSource(text, source, inner + "  ");
        text.Append(inner).Append("}\n");
        text.Append(indent).Append("}\n");
    }
}
