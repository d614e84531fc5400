namespace OpenData.GraphQL.Http;

/// <summary>
/// Settings of the GraphQL-over-HTTP endpoint, bound from the configuration section
/// <see cref="SectionName"/> and then from the delegate given to <c>AddGraphQLHttp</c>.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:Http";

    /// <summary>Largest accepted POST body in bytes; larger bodies get 413 <c>REQUEST_TOO_LARGE</c>.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Longest accepted GraphQL document in characters; longer ones get 413 <c>DOCUMENT_TOO_LARGE</c>.</summary>
    public int MaxDocumentLength { get; set; } = 16 * 1024;

    /// <summary>Deepest accepted selection nesting; deeper documents are refused with <c>QUERY_TOO_DEEP</c>.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest accepted complexity (GraphQL.NET's complexity analyzer: one per field, multiplied by the
    /// page size of every enclosing list); costlier documents are refused with <c>QUERY_TOO_COMPLEX</c>.
    /// </summary>
    public int MaxComplexity { get; set; } = 5000;

    /// <summary>
    /// Time an execution may take, writing its answer included; slower ones are stopped and answered 503 <c>TIMEOUT</c>.
    /// </summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Largest answer in bytes; a result that would be larger is not sent and the request is answered
    /// <c>RESPONSE_TOO_LARGE</c> (400, or 200 under <c>application/json</c>) instead.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// How many schema introspection fields (<c>__schema</c>, <c>__type</c>, aliases and fragment expansions counted)
    /// one request may hold; more are refused with <c>INTROSPECTION_LIMIT</c>. An explorer asks once.
    /// </summary>
    public int MaxIntrospectionFields { get; set; } = 2;

    /// <summary><c>max-age</c> of successful GET responses (<c>Cache-Control: public</c>); 0 sends <c>no-cache</c>.</summary>
    public int CacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>Whether requests are rate limited per client address.</summary>
    public bool RateLimitingEnabled { get; set; } = true;

    /// <summary>Requests one client address may make in one <see cref="RateLimitWindow"/>.</summary>
    public int RateLimitPermits { get; set; } = 300;

    /// <summary>The fixed window of the rate limiter.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Entries of the bounded cache that holds parsed documents and automatic persisted queries.</summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>
    /// Whether a browser navigation (a GET preferring <c>text/html</c>) is left to another endpoint on the
    /// same route, such as an HTML explorer page, when one exists.
    /// </summary>
    public bool BrowserRequestsFallThrough { get; set; } = true;

    /// <summary>
    /// Whether the items of a list whose fields are all plain leaves (argument-free, directive-free scalar and enum
    /// fields whose resolvers return plain values, <c>__typename</c> included) are executed as one node per item instead
    /// of GraphQL.NET's node per field, with the same answers (<c>Execution/Rows</c>); false runs GraphQL.NET's
    /// <c>ParallelExecutionStrategy</c> as it is. Read when the execution strategy is first needed.
    /// </summary>
    public bool CompactRows { get; set; } = true;

    /// <summary>
    /// Whether results are written by <c>Execution/ResultWriter</c> (the writer's own methods for strings, booleans,
    /// numbers and nulls; row field names encoded once) instead of through <c>JsonSerializer</c> and
    /// <c>ResultJsonConverter</c>: the same bytes. False is the reference the tests compare with.
    /// </summary>
    public bool WriteResultsDirectly { get; set; } = true;
}
