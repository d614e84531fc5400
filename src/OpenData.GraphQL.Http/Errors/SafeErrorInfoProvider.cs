using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Error details for the response: never exception details or stack traces; an unexpected failure shows a
/// generic message with <c>extensions.code</c> INTERNAL_SERVER_ERROR and <c>extensions.requestId</c>; a
/// document nested deeper than the parser allows is QUERY_TOO_DEEP.
/// </summary>
internal sealed class SafeErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeData = false,
})
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError.InnerException is UnexpectedFailureException failure)
        {
            return new ErrorInfo
            {
                Message = UnexpectedFailureException.GenericMessage,
                Extensions = new Dictionary<string, object?>
                {
                    ["code"] = GraphQLHttpErrorCodes.InternalServerError,
                    ["requestId"] = failure.RequestId,
                },
            };
        }

        if (executionError.InnerException is GraphQLMaxDepthExceededException)
        {
            return new ErrorInfo
            {
                Message = "The document nests deeper than the parser allows.",
                Extensions = new Dictionary<string, object?> { ["code"] = GraphQLHttpErrorCodes.QueryTooDeep },
            };
        }

        return FaultCodes.Rename(base.GetInfo(executionError));
    }
}
