using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// A value wrapped as a closure field, so EF Core sends it as a SQL parameter (one cached plan for every value)
/// instead of inlining a literal.
/// </summary>
internal static class ParameterValue
{
    public static Expression Of(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }
}
