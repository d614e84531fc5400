using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// The complexity of a field without its own impact: 1, and a list multiplies what it contains by its page
/// size: its <c>first</c>, <c>last</c> or <c>take</c> argument, that of a non-list parent (a connection's
/// <c>nodes</c>/<c>edges</c>), 1 when an <c>id</c> is given, else <see cref="AssumedListLength"/>. Schema
/// introspection (<c>__schema</c>, <c>__type</c>) costs nothing, so explorers work; its depth still counts.
/// </summary>
internal static class PageSizeImpact
{
    /// <summary>
    /// The length assumed for a list without a page size: the query engine's default page size (its
    /// <c>PageSizes.Default</c>, the one page-size default; not a separate setting).
    /// </summary>
    public const int AssumedListLength = 10;

    private static readonly string[] PageSizeArguments = ["first", "last", "take"];

    public static Func<FieldImpactContext, FieldComplexityResult> Create() => Impact;

    private static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var name = context.FieldDefinition.Name;
        if (name is "__schema" or "__type")
        {
            return new(0, 0);
        }

        if (!IsList(context.FieldDefinition.ResolvedType))
        {
            return new(1, 1);
        }

        if (PageSize(context.Arguments) is { } size)
        {
            return new(1, size);
        }

        if (context.Arguments?.ContainsKey("id") == true)
        {
            return new(1, 1);
        }

        if (context.Parent is { } parent && !IsList(parent.FieldDefinition.ResolvedType) && PageSize(parent.Arguments) is { } parentSize)
        {
            return new(1, parentSize);
        }

        return new(1, AssumedListLength);
    }

    private static double? PageSize(IDictionary<string, ArgumentValue>? arguments)
    {
        if (arguments is null)
        {
            return null;
        }

        foreach (var name in PageSizeArguments)
        {
            if (arguments.TryGetValue(name, out var argument) && argument.Value is int or long or short or byte)
            {
                return Math.Max(0, Convert.ToDouble(argument.Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    private static bool IsList(IGraphType? type) =>
        (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
}
