namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// Stands in for an unexpected exception inside execution once it has been logged: the response shows only
/// a generic message and the request id under which the real exception was logged.
/// </summary>
internal sealed class UnexpectedFailureException(string requestId) : Exception(GenericMessage)
{
    public const string GenericMessage = "An unexpected error occurred. Quote the requestId when reporting it.";

    public string RequestId { get; } = requestId;
}
