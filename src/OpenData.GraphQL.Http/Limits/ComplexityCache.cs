using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// The complexity and depth the analyzer measured for a cached document, per operation and per value of the only
/// variables that can change them: the value of those given to a page-size argument (<see cref="PageSizeImpact"/>)
/// or to a directive (<c>@skip</c>/<c>@include</c>), and whether those given to an <c>id</c> argument are set. A request of a cached document whose figures are known
/// skips the analyzer's walk of the document; any other value of those variables is measured again. At most
/// <see cref="MaxEntriesPerDocument"/> figures per document, kept as long as the document is.
/// </summary>
internal sealed class ComplexityCache
{
    /// <summary>The user-context key under which a request whose figures are not known yet asks the rule to store them.</summary>
    public const string PendingKey = "OpenData.GraphQL.Http.ComplexityCache.Pending";

    public const int MaxEntriesPerDocument = 256;

    private static readonly HashSet<string> PageSizeArguments = ["first", "last", "take"];

    private readonly ConditionalWeakTable<GraphQLDocument, DocumentCosts> _documents = [];

    /// <summary>The key of the figures of <paramref name="document"/>'s operation for these <paramref name="variables"/>.</summary>
    public string KeyOf(GraphQLDocument document, string? operationName, Inputs variables)
    {
        var costs = _documents.GetValue(document, static d => new DocumentCosts(RelevantVariables(d)));
        if (costs.Variables.Length == 0)
        {
            return operationName ?? "";
        }

        var key = new StringBuilder(operationName).Append('|');
        foreach (var (name, presenceOnly) in costs.Variables)
        {
            key.Append(name).Append('=');
            if (variables.TryGetValue(name, out var value))
            {
                if (presenceOnly)
                {
                    key.Append(value is null ? '~' : '$');
                }
                else
                {
                    AppendValue(key, value);
                }
            }
            else
            {
                key.Append('\u2205');
            }

            key.Append('|');
        }

        return key.ToString();
    }

    public bool TryGet(GraphQLDocument document, string key, out MeasuredCost cost)
    {
        if (_documents.TryGetValue(document, out var costs) && costs.Figures.TryGetValue(key, out cost))
        {
            return true;
        }

        cost = default;
        return false;
    }

    public void Store(GraphQLDocument document, string key, MeasuredCost cost)
    {
        var costs = _documents.GetValue(document, static d => new DocumentCosts(RelevantVariables(d)));
        if (costs.Figures.Count < MaxEntriesPerDocument)
        {
            costs.Figures.TryAdd(key, cost);
        }
    }

    private static void AppendValue(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('~');
                break;
            case string text:
                key.Append('"').Append(text.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IDictionary<string, object?> map:
                key.Append('{');
                foreach (var (name, item) in map)
                {
                    key.Append(name).Append(':');
                    AppendValue(key, item);
                    key.Append(',');
                }

                key.Append('}');
                break;
            case IEnumerable list:
                key.Append('[');
                foreach (var item in list)
                {
                    AppendValue(key, item);
                    key.Append(',');
                }

                key.Append(']');
                break;
            case IFormattable formattable:
                key.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }

    /// <summary>
    /// The variables used, anywhere in the document, by a page-size argument or a directive (their values count), or
    /// only by an <c>id</c> argument (only whether they are set counts).
    /// </summary>
    private static (string Name, bool PresenceOnly)[] RelevantVariables(GraphQLDocument document)
    {
        var found = new Found();
        new VariableFinder().VisitAsync(document, found).AsTask().GetAwaiter().GetResult();
        return [.. found.Values.Select(n => (n, false)), .. found.Ids.Except(found.Values).Select(n => (n, true))];
    }

    private sealed class Found : IASTVisitorContext
    {
        public CancellationToken CancellationToken => default;

        public SortedSet<string> Values { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Ids { get; } = new(StringComparer.Ordinal);
    }

    private sealed record DocumentCosts((string Name, bool PresenceOnly)[] Variables)
    {
        public ConcurrentDictionary<string, MeasuredCost> Figures { get; } = new(StringComparer.Ordinal);
    }

    private sealed class VariableFinder : ASTVisitor<Found>
    {
        private bool _inDirective;

        protected override ValueTask VisitArgumentAsync(GraphQLArgument argument, Found context)
        {
            var name = argument.Name.StringValue;
            if (_inDirective || PageSizeArguments.Contains(name))
            {
                CollectVariables(argument.Value, context.Values);
            }
            else if (name == "id")
            {
                CollectVariables(argument.Value, context.Ids);
            }

            return base.VisitArgumentAsync(argument, context);
        }

        protected override async ValueTask VisitDirectiveAsync(GraphQLDirective directive, Found context)
        {
            _inDirective = true;
            try
            {
                await base.VisitDirectiveAsync(directive, context).ConfigureAwait(false);
            }
            finally
            {
                _inDirective = false;
            }
        }

        private static void CollectVariables(GraphQLValue value, SortedSet<string> names)
        {
            switch (value)
            {
                case GraphQLVariable variable:
                    names.Add(variable.Name.StringValue);
                    break;
                case GraphQLListValue list:
                    foreach (var item in list.Values ?? [])
                    {
                        CollectVariables(item, names);
                    }

                    break;
                case GraphQLObjectValue input:
                    foreach (var field in input.Fields ?? [])
                    {
                        CollectVariables(field.Value, names);
                    }

                    break;
            }
        }
    }
}
