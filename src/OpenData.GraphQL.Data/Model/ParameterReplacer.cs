using System.Linq.Expressions;

namespace OpenData.GraphQL.Data.Model;

/// <summary>Rebinds a lambda body to another parameter or expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    public static Expression Replace(LambdaExpression lambda, Expression to) =>
        new ParameterReplacer(lambda.Parameters[0], to).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
