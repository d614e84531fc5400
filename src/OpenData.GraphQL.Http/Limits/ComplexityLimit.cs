using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// GraphQL.NET's complexity analyzer set up with the endpoint's depth and complexity limits. The endpoint
/// runs it for fresh and cached documents alike, so a cached document cannot dodge it with new variables; for a
/// cached document the figures measured within the limits are kept (<see cref="ComplexityCache"/>), and a request
/// with the same values of the variables that can change them is checked against those figures without the walk.
/// </summary>
internal static class ComplexityLimit
{
    public static IValidationRule CreateRule(GraphQLHttpOptions options) =>
        new ComplexityValidationRule(new ComplexityOptions
        {
            // The limits are checked in Validate, which reports them with stable codes.
            MaxDepth = null,
            MaxComplexity = null,
            DefaultComplexityImpactDelegate = PageSizeImpact.Create(),
            ValidateComplexityDelegate = context => Validate(context, options.MaxDepth, options.MaxComplexity),
        });

    private static Task Validate(ComplexityValidationContext context, int maxDepth, int maxComplexity)
    {
        if (context.ValidationContext.UserContext.TryGetValue(RequestCost.Key, out var stored) && stored is RequestCost cost)
        {
            cost.Complexity = context.TotalImpact;
            cost.Depth = context.MaxDepth;
        }

        if (context.MaxDepth <= maxDepth && context.TotalImpact <= maxComplexity
            && context.ValidationContext.UserContext.TryGetValue(ComplexityCache.PendingKey, out var pending) && pending is PendingComplexity store)
        {
            store.Cache.Store(store.Document, store.Key, new MeasuredCost(context.TotalImpact, context.MaxDepth));
        }

        if (context.MaxDepth > maxDepth)
        {
            context.Error = new QueryTooDeepError(context.MaxDepth, maxDepth);
        }
        else if (context.TotalImpact > maxComplexity)
        {
            context.Error = new QueryTooComplexError(context.TotalImpact, maxComplexity);
        }

        return Task.CompletedTask;
    }
}
