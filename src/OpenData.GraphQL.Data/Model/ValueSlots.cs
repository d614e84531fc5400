using System.Linq.Expressions;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// The values of one request's filter and cursor, each bound to a parameter of the expression instead of a closure:
/// the expression of a query shape is the same for every request of that shape (a compiled query per shape), and
/// each request passes only its <see cref="Values"/>, in the order they were bound.
/// </summary>
internal sealed class ValueSlots(string prefix = "p")
{
    private readonly List<ParameterExpression> _parameters = [];
    private readonly List<object?> _values = [];

    /// <summary>The parameters bound so far (named with the prefix and a number: <c>p0</c>, <c>p1</c>…).</summary>
    public IReadOnlyList<ParameterExpression> Parameters => _parameters;

    /// <summary>The values bound so far, in parameter order.</summary>
    public IReadOnlyList<object?> Values => _values;

    private static readonly Expression Unbound = Expression.Empty();

    /// <summary>A new parameter of <paramref name="type"/> holding <paramref name="value"/>.</summary>
    public ParameterExpression Bind(object? value, Type type)
    {
        var parameter = Expression.Parameter(type, prefix + _parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _parameters.Add(parameter);
        _values.Add(Stored(value, type));
        return parameter;
    }

    /// <summary>
    /// Only the value of the next parameter (of a shape compiled with parameters bound by another request); what it
    /// returns stands for no expression and must not be used in one.
    /// </summary>
    public Expression Add(object? value, Type type)
    {
        _values.Add(Stored(value, type));
        return Unbound;
    }

    // As a closure (a StrongBox of a non-nullable value type) would hold it: null there is the type's default.
    private static object? Stored(object? value, Type type) =>
        value ?? (type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null);

    /// <summary><paramref name="expression"/> with every bound parameter replaced by its value as a closure (<see cref="ParameterValue"/>).</summary>
    public Expression Inline(Expression expression) => _parameters.Count == 0 ? expression : new Inliner(this).Visit(expression);

    /// <summary>As <see cref="Inline(Expression)"/> for a lambda.</summary>
    public Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> lambda) =>
        _parameters.Count == 0 ? lambda : (Expression<TDelegate>)new Inliner(this).Visit(lambda);

    private sealed class Inliner(ValueSlots slots) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node)
        {
            var index = slots._parameters.IndexOf(node);
            return index < 0 ? node : ParameterValue.Of(slots._values[index], node.Type);
        }
    }
}
