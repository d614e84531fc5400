using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Http.Execution.Rows;

/// <summary>
/// The fields a list's item of one object type selects, when every one is a leaf a row resolves itself (see
/// <see cref="Create"/>), in the order and under the names GraphQL.NET's field collection gives them.
/// </summary>
internal sealed class RowPlan
{
    private RowPlan(RowLeaf[] leaves) => Leaves = leaves;

    private EncodedNames? _encoded;

    /// <summary>The row's fields, in response order.</summary>
    public RowLeaf[] Leaves { get; }

    /// <summary>
    /// The response names of <see cref="Leaves"/> as <paramref name="options"/> write them (their naming policy, their
    /// encoder), encoded once: the bytes <c>Utf8JsonWriter.WritePropertyName</c> writes for each name with a writer of
    /// that encoder.
    /// </summary>
    public JsonEncodedText[] EncodedNames(JsonSerializerOptions options)
    {
        var encoded = _encoded;
        if (encoded is null || !ReferenceEquals(encoded.Policy, options.PropertyNamingPolicy) || !ReferenceEquals(encoded.Encoder, options.Encoder))
        {
            var names = new JsonEncodedText[Leaves.Length];
            for (var i = 0; i < names.Length; i++)
            {
                var name = options.PropertyNamingPolicy is { } policy ? policy.ConvertName(Leaves[i].Name) : Leaves[i].Name;
                names[i] = JsonEncodedText.Encode(name, options.Encoder);
            }

            encoded = new EncodedNames(options.PropertyNamingPolicy, options.Encoder, names);
            _encoded = encoded;
        }

        return encoded.Names;
    }

    /// <summary>
    /// The plan of <paramref name="selection"/> on <paramref name="type"/>, or null when a row cannot answer it:
    /// a field, fragment spread, inline fragment or fragment with a directive (what <c>@skip</c>/<c>@include</c>
    /// collect depends on the request), a field with arguments or a selection of its own, two selections of one
    /// response name (GraphQL.NET merges them into a new field), a field that is not a scalar or enum, or one whose
    /// resolver is not plain (<see cref="PlainLeaves"/>). <paramref name="collect"/> is GraphQL.NET's field collection.
    /// </summary>
    public static RowPlan? Create(
        ISchema schema, GraphQLDocument document, IObjectGraphType type, GraphQLSelectionSet selection,
        Func<Dictionary<string, (GraphQLField Field, FieldType FieldType)>> collect)
    {
        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!IsPlainSelection(document, selection, written, []))
        {
            return null;
        }

        var fields = collect();
        if (fields.Count == 0)
        {
            return null;
        }

        var leaves = new RowLeaf[fields.Count];
        var index = 0;
        foreach (var (name, (field, definition)) in fields)
        {
            var graphType = definition.ResolvedType;
            var nonNull = graphType is NonNullGraphType;
            if (nonNull)
            {
                graphType = ((NonNullGraphType)graphType!).ResolvedType;
            }

            if (!written.Contains(field) || graphType is not ScalarGraphType scalar || !PlainLeaves.HasPlainResolver(definition, schema))
            {
                return null;
            }

            leaves[index++] = new RowLeaf(name, field, definition, scalar, nonNull, definition.Resolver!);
        }

        return new RowPlan(leaves);
    }

    private static bool IsPlainSelection(
        GraphQLDocument document, GraphQLSelectionSet selection, HashSet<GraphQLField> fields, HashSet<GraphQLFragmentDefinition> fragments)
    {
        foreach (var node in selection.Selections)
        {
            switch (node)
            {
                case GraphQLField field:
                    if (field.Directives?.Count > 0 || field.Arguments?.Count > 0 || field.SelectionSet is not null)
                    {
                        return false;
                    }

                    fields.Add(field);
                    break;
                case GraphQLFragmentSpread spread:
                    if (spread.Directives?.Count > 0
                        || document.FindFragmentDefinition(spread.FragmentName.Name) is not { } fragment
                        || fragment.Directives?.Count > 0
                        || (fragments.Add(fragment) && !IsPlainSelection(document, fragment.SelectionSet, fields, fragments)))
                    {
                        return false;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (inline.Directives?.Count > 0 || !IsPlainSelection(document, inline.SelectionSet, fields, fragments))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}

/// <summary>The encoded names of a plan's fields and the naming policy and encoder they were encoded with.</summary>
internal sealed record EncodedNames(JsonNamingPolicy? Policy, JavaScriptEncoder? Encoder, JsonEncodedText[] Names);

/// <summary>One field of a <see cref="RowPlan"/>: its response name, its selection and definition, its scalar type and resolver.</summary>
internal sealed record RowLeaf(string Name, GraphQLField Field, FieldType Definition, ScalarGraphType Type, bool NonNull, IFieldResolver Resolver)
{
    /// <summary>The node GraphQL.NET would have made for this field under <paramref name="row"/>.</summary>
    public ValueExecutionNode NodeUnder(RowNode row) => new(row, Type, Field, Definition, null);
}
