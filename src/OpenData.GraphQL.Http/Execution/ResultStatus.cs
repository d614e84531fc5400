using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Limits;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// The status code of an execution result (the GraphQL-over-HTTP audit's policy): 200 whenever the
/// operation ran; a document that could not run (parse, validation, coercion, limits) gets 400 under
/// <c>application/graphql-response+json</c> and 200 under <c>application/json</c>; a non-query over GET 405;
/// a timeout 503; an unexpected failure before execution 500.
/// </summary>
internal static class ResultStatus
{
    public static int For(ExecutionResult result, ResponseMediaType mediaType)
    {
        // Most answers hold no errors: they are not enumerated (nor an empty list made for them).
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result.Executed || mediaType != ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }

        if (errors.Any(error => error is OperationNotAllowedOverGetError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(error => error is TimeoutError))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(error => error.InnerException is UnexpectedFailureException))
        {
            return StatusCodes.Status500InternalServerError;
        }

        return mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }
}
