namespace OpenData.GraphQL.Http;

/// <summary>The stable <c>extensions.code</c> values of the errors this endpoint produces itself.</summary>
public static class GraphQLHttpErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string OperationNotSupported = "OPERATION_NOT_SUPPORTED";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
    public const string IntrospectionLimit = "INTROSPECTION_LIMIT";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
    public const string InvalidFormat = "INVALID_FORMAT";
    public const string InvalidValue = "INVALID_VALUE";
}
