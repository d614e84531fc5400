using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Error details for the response: never exception details or stack traces; an unexpected failure shows a
/// generic message with <c>extensions.code</c> INTERNAL_SERVER_ERROR and <c>extensions.requestId</c>; a
/// document nested deeper than the parser allows is QUERY_TOO_DEEP.
/// </summary>
internal sealed class SafeErrorInfoProvider(ErrorMessageCatalog? catalog = null, string language = ErrorLanguage.Spanish) : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeExceptionDetails = false,
    ExposeData = false,
})
{
    /// <summary>The error's details, its message in this provider's language (see <see cref="ErrorMessageCatalog"/>).</summary>
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = SafeInfo(executionError);
        if (catalog is not null && info.Extensions?.TryGetValue("code", out var code) == true && code is string text)
        {
            info.Message = catalog.Localize(text, info.Message, language);
        }

        return info;
    }

    private ErrorInfo SafeInfo(ExecutionError executionError)
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
