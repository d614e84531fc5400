using GraphQL.Validation;

namespace OpenData.GraphQL.Http.Limits;

/// <summary>The document nests selections deeper than allowed.</summary>
internal sealed class QueryTooDeepError : ValidationError
{
    public QueryTooDeepError(int depth, int maxDepth)
        : base($"The query is {depth} levels deep; the maximum is {maxDepth}.")
    {
        Code = GraphQLHttpErrorCodes.QueryTooDeep;
    }
}

/// <summary>The document's complexity is above the limit.</summary>
internal sealed class QueryTooComplexError : ValidationError
{
    public QueryTooComplexError(double complexity, int maxComplexity)
        : this($"The query's complexity is {complexity:0}; the maximum is {maxComplexity}. Request smaller pages (first/last/take) or fewer fields.")
    {
    }

    public QueryTooComplexError(string message)
        : base(message)
    {
        Code = GraphQLHttpErrorCodes.QueryTooComplex;
    }
}

/// <summary>A GET request selected an operation other than a query.</summary>
internal sealed class OperationNotAllowedOverGetError : ValidationError
{
    public OperationNotAllowedOverGetError(string operationType)
        : base($"A {operationType} operation cannot be sent with GET; use POST.")
    {
        Code = GraphQLHttpErrorCodes.MethodNotAllowed;
    }
}

/// <summary>The operation's type is not served over HTTP by this schema (a subscription, or a mutation without a mutation type).</summary>
internal sealed class OperationNotSupportedError : ValidationError
{
    public OperationNotSupportedError(string message)
        : base(message)
    {
        Code = GraphQLHttpErrorCodes.OperationNotSupported;
    }
}
