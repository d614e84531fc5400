using GraphQL;
using GraphQL.Execution;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Error details for the response: never exception details or stack traces; an unexpected failure shows a
/// generic message with <c>extensions.code</c> INTERNAL_SERVER_ERROR and <c>extensions.requestId</c>.
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

        return base.GetInfo(executionError);
    }
}
