using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenData.GraphQL.Http.Caching;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Limits;
using OpenData.GraphQL.Http.Logging;
using OpenData.GraphQL.Http.Observability;
using OpenData.GraphQL.Http.PersistedQueries;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// Serves one GraphQL-over-HTTP request: reads and checks it, resolves its document (cache, persisted
/// query), answers 304 to a matching If-None-Match, executes it against the <see cref="ISchema"/> in DI
/// with the endpoint's limits, and writes the result with the status code the media type calls for.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    /// <summary>Set (to how many) when the answer holds errors caused by an unexpected failure, logged under the request id.</summary>
    public const string UnexpectedErrorsHeader = "X-Unexpected-Errors";
    private const string AllowedMethods = "GET, POST";

    private readonly GraphQLHttpOptions _options;
    private readonly DocumentCache _cache;
    private readonly ILogger _logger;
    private readonly GraphQLHttpMetrics _metrics;
    private readonly ResultSerializer _serializer;
    private readonly ResultSerializer _englishSerializer;
    private readonly ResultWriter _writer;
    private readonly ResultWriter _englishWriter;
    private readonly IValidationRule[] _getRules;
    private readonly IValidationRule[] _getCachedRules;
    private readonly IValidationRule[] _postRules;
    private readonly IValidationRule[] _postCachedRules;
    private readonly ComplexityCache _complexity = new();

    public GraphQLHttpHandler(
        IOptions<GraphQLHttpOptions> options, DocumentCache cache, ErrorMessageCatalog messages, ILogger<GraphQLHttpHandler> logger, GraphQLHttpMetrics metrics)
    {
        _serializer = new(ResponseJson.Configure, new SafeErrorInfoProvider(messages, ErrorLanguage.Spanish));
        _englishSerializer = new(ResponseJson.Configure, new SafeErrorInfoProvider(messages, ErrorLanguage.English));
        _writer = new(_serializer.Options);
        _englishWriter = new(_englishSerializer.Options);
        _options = options.Value;
        _cache = cache;
        _logger = logger;
        _metrics = metrics;
        var introspection = new IntrospectionLimitRule(_options.MaxIntrospectionFields);
        var complexity = ComplexityLimit.CreateRule(_options);
        _postCachedRules = [HttpOperationRule.Post, complexity];
        _getCachedRules = [HttpOperationRule.Get, complexity];
        _postRules = [.. DocumentValidator.CoreRules, SelectionFanOutRule.Instance, introspection, .. _postCachedRules];
        _getRules = [.. DocumentValidator.CoreRules, SelectionFanOutRule.Instance, introspection, .. _getCachedRules];
    }

    public async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var requestId = context.TraceIdentifier;
        context.Response.Headers[ResponseHeaders.RequestId] = requestId;
        string? operationName = null;
        try
        {
            operationName = await ServeAsync(context, requestId).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (BadHttpRequestException exception)
        {
            // A client fault Kestrel found while the body was read (too slow, bad chunking): its status, no stack trace.
            await ClientFaultAsync(context, exception, requestId).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            RequestLog.Failed(_logger, exception, requestId);
            _metrics.Unexpected("graphql");
            _metrics.Error(GraphQLHttpErrorCodes.InternalServerError);
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                context.Response.Headers[ResponseHeaders.RequestId] = requestId;
                context.Response.Headers[UnexpectedErrorsHeader] = "1";
                CacheHeaders.NotCacheable(context.Response);
                await ErrorBody.WriteAsync(
                    context.Response,
                    StatusCodes.Status500InternalServerError,
                    ResponseMediaType.Json,
                    GraphQLHttpErrorCodes.InternalServerError,
                    UnexpectedFailureException.GenericMessage,
                    new Dictionary<string, object> { ["requestId"] = requestId }).ConfigureAwait(false);
            }
        }
        finally
        {
            LogCompletion(context, operationName, started, requestId);
        }
    }

    private void LogCompletion(HttpContext context, string? operationName, long started, string requestId)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        var durationMs = (long)elapsed.TotalMilliseconds;
        _metrics.RequestCompleted(context.Response.StatusCode, elapsed);
        var cost = context.Items.TryGetValue(RequestCost.Key, out var stored) ? stored as RequestCost : null;
        RequestLog.Completed(
            _logger,
            context.Request.Method,
            operationName ?? "-",
            context.Response.StatusCode,
            durationMs,
            cost?.Complexity,
            cost?.Depth,
            requestId);
    }

    /// <summary>Answers the request; returns the operation name for the request log.</summary>
    private async Task<string?> ServeAsync(HttpContext context, string requestId)
    {
        var httpRequest = context.Request;
        var isGet = HttpMethods.IsGet(httpRequest.Method);
        if (!isGet && !HttpMethods.IsPost(httpRequest.Method))
        {
            await RefuseAsync(context.Response, ResponseMediaType.Json, RequestRefusal.MethodNotAllowed(httpRequest.Method, AllowedMethods)).ConfigureAwait(false);
            return null;
        }

        if (AcceptNegotiator.Negotiate(httpRequest) is not { } mediaType)
        {
            await RefuseAsync(context.Response, ResponseMediaType.Json, RequestRefusal.NotAcceptable()).ConfigureAwait(false);
            return null;
        }

        var (request, refusal) = isGet
            ? RequestReader.ReadGet(httpRequest)
            : await RequestReader.ReadPostAsync(httpRequest, _options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        if (request is null)
        {
            await RefuseAsync(context.Response, mediaType, refusal!).ConfigureAwait(false);
            return null;
        }

        // The request's JSON elements live in its parsed body until the answer is sent.
        using var requestBody = request;

        if (!TryReadInputs(request, out var variables, out var extensions))
        {
            await RefuseAsync(context.Response, mediaType, RequestRefusal.Malformed(
                "'variables' or 'extensions' holds a value that cannot be read, such as invalid Unicode.")).ConfigureAwait(false);
            return request.OperationName;
        }

        var (document, documentRefusal) = DocumentResolver.Resolve(request, _cache, _options.MaxDocumentLength, isGet);
        if (document is null)
        {
            await RefuseAsync(context.Response, mediaType, documentRefusal!).ConfigureAwait(false);
            return request.OperationName;
        }

        _metrics.CacheLookup("document", document.Document is not null);
        string? etag = null;
        if (isGet)
        {
            // The ETag names the parsed document, so whitespace and comments do not change it; the document
            // parsed here is the one executed (it is not parsed twice).
            document = document with
            {
                Parsed = document.Document ?? NormalizedDocument.TryParse(
                    context.RequestServices.GetRequiredService<IDocumentBuilder>(), document.Query),
            };
            var version = await context.RequestServices.GetRequiredService<ICacheVersionProvider>()
                .GetVersionAsync(context.RequestAborted).ConfigureAwait(false);
            var documentHash = document.Parsed is { } parsed ? NormalizedDocument.Hash(parsed) : document.Hash;
            etag = ETags.Compute(version, documentHash, request, mediaType);
            var fresh = ETags.Matches(httpRequest, etag);
            _metrics.CacheLookup("etag", fresh);
            if (fresh)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                CacheHeaders.Cacheable(context.Response, etag, _options.CacheMaxAgeSeconds);
                return request.OperationName;
            }
        }

        // The execution's time limit also covers serializing its answer (see BoundedResponseBuffer).
        var deadline = WriteDeadline(_options.ExecutionTimeout);
        var result = await ExecuteAsync(context, request, document, variables, extensions, isGet, requestId).ConfigureAwait(false);
        if (result.Executed && document.Document is null && result.Document is not null)
        {
            _cache.Store(document.Hash, document.Query, result.Document);
        }

        await WriteResultAsync(context.Response, result, mediaType, etag, deadline).ConfigureAwait(false);
        return result.Operation?.Name?.StringValue ?? request.OperationName;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp <paramref name="timeout"/> from now (never, for an infinite or very long one).</summary>
    private static long WriteDeadline(TimeSpan timeout)
    {
        var now = Stopwatch.GetTimestamp();
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            return long.MaxValue;
        }

        var ticks = timeout.TotalSeconds * Stopwatch.Frequency;
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    private bool TryReadInputs(GraphQLHttpRequest request, out Inputs variables, out Inputs? extensions)
    {
        try
        {
            variables = request.Variables is { } v ? _serializer.ReadNode<Inputs>(v) ?? Inputs.Empty : Inputs.Empty;
            extensions = request.Extensions is { } e ? _serializer.ReadNode<Inputs>(e) : null;
            return true;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or OverflowException or InvalidOperationException)
        {
            variables = Inputs.Empty;
            extensions = null;
            return false;
        }
    }

    private async Task<ExecutionResult> ExecuteAsync(
        HttpContext context,
        GraphQLHttpRequest request,
        ResolvedDocument document,
        Inputs variables,
        Inputs? extensions,
        bool isGet,
        string requestId)
    {
        var options = new ExecutionOptions
        {
            Query = document.Query,
            Document = document.Document ?? document.Parsed,
            OperationName = request.OperationName,
            Variables = variables,
            Extensions = extensions,
            RequestServices = context.RequestServices,
            // The user an authentication middleware set, if any: HttpContext.User would make an anonymous principal
            // (three objects) on every request of a host without authentication.
            User = context.Features.Get<IHttpAuthenticationFeature>()?.User,
            CancellationToken = context.RequestAborted,
            CachedDocumentValidationRules = isGet ? _getCachedRules : _postCachedRules,
            Timeout = _options.ExecutionTimeout,
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
            ThrowOnUnhandledException = false,
            UnhandledExceptionDelegate = failure =>
            {
                if (failure.OriginalException is GraphQLMaxDepthExceededException)
                {
                    // A refusal by the parser, not a failure: SafeErrorInfoProvider reports it as QUERY_TOO_DEEP.
                    return Task.CompletedTask;
                }

                RequestLog.Failed(_logger, failure.OriginalException, requestId);
                _metrics.Unexpected("graphql");
                failure.Exception = new UnexpectedFailureException(requestId);
                failure.ErrorMessage = UnexpectedFailureException.GenericMessage;
                return Task.CompletedTask;
            },
        };

        // The execution's user context is the options' own dictionary (one fewer per request), holding the request's cost.
        var userContext = options.UserContext;
        AddRequestCost(context, userContext);

        // A cached document passed the full rules once; it is checked again only by the rules that depend on the
        // method or the variables, and not at all when its operation is a query and its complexity is known for these
        // values (see CachedRules).
        options.ValidationRules = document.Document is { } cached
            ? CachedRules(cached, request.OperationName, variables, isGet, userContext)
            : isGet ? _getRules : _postRules;

        foreach (var configurator in context.RequestServices.GetServices<IExecutionOptionsConfigurator>())
        {
            await configurator.ConfigureAsync(options, context).ConfigureAwait(false);
        }

        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        return await executer.ExecuteAsync(options).ConfigureAwait(false);
    }

    /// <summary>
    /// The rules a cached document runs again: none when its operation is a query (allowed over GET and POST alike)
    /// and its complexity and depth were measured within the limits for the same values of the variables that can
    /// change them (the request's cost is set from them); otherwise the operation rule and the complexity rule,
    /// which then keeps its figures for the next request.
    /// </summary>
    private IValidationRule[] CachedRules(
        GraphQLParser.AST.GraphQLDocument document, string? operationName, Inputs variables, bool isGet, IDictionary<string, object?> userContext)
    {
        var key = _complexity.KeyOf(document, operationName, variables);
        if (IsQuery(document, operationName) && _complexity.TryGet(document, key, out var measured))
        {
            var cost = (RequestCost)userContext[RequestCost.Key]!;
            cost.Complexity = measured.Complexity;
            cost.Depth = measured.Depth;
            return [];
        }

        userContext[ComplexityCache.PendingKey] = new PendingComplexity(_complexity, document, key);
        return isGet ? _getCachedRules : _postCachedRules;
    }

    /// <summary>Whether the operation the request names (or the document's only one) is a query.</summary>
    private static bool IsQuery(GraphQLParser.AST.GraphQLDocument document, string? operationName)
    {
        GraphQLParser.AST.GraphQLOperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is GraphQLParser.AST.GraphQLOperationDefinition operation
                && (string.IsNullOrEmpty(operationName) || operation.Name?.StringValue == operationName))
            {
                if (found is not null)
                {
                    return false;
                }

                found = operation;
            }
        }

        return found?.Operation == GraphQLParser.AST.OperationType.Query;
    }

    /// <summary>The request's <see cref="RequestCost"/> in the execution's user context (and in the request's items, for the log).</summary>
    private static void AddRequestCost(HttpContext context, IDictionary<string, object?> userContext)
    {
        var cost = new RequestCost();
        context.Items[RequestCost.Key] = cost;
        userContext[RequestCost.Key] = cost;
    }

    private async Task WriteResultAsync(
        HttpResponse response, ExecutionResult result, ResponseMediaType mediaType, string? etag, long deadline)
    {
        using var buffer = new BoundedResponseBuffer(_options.MaxResponseBytes, deadline, response.HttpContext.RequestAborted);
        try
        {
            var english = ErrorLanguage.Of(response.HttpContext.Request) == ErrorLanguage.English;
            if (_options.WriteResultsDirectly)
            {
                (english ? _englishWriter : _writer).Write(buffer, result);
            }
            else
            {
                var serializer = english ? _englishSerializer : _serializer;
                // The writer's own options decide escaping: take the serializer's encoder (UTF-8 as written, see ResponseJson).
                var writer = new Utf8JsonWriter(
                    buffer, new JsonWriterOptions { Encoder = serializer.Options.Encoder, Indented = serializer.Options.WriteIndented });
                await using (writer.ConfigureAwait(false))
                {
                    JsonSerializer.Serialize(writer, result, serializer.Options);
                }
            }
        }
        catch (ResponseTooLargeException)
        {
            await RefuseAsync(response, mediaType, RequestRefusal.NotExecutable(
                GraphQLHttpErrorCodes.ResponseTooLarge, HardeningMessages.ResponseTooLarge(_options.MaxResponseBytes))).ConfigureAwait(false);
            return;
        }
        catch (WriteDeadlineException)
        {
            await RefuseAsync(response, mediaType, new RequestRefusal(
                StatusCodes.Status503ServiceUnavailable, GraphQLHttpErrorCodes.Timeout, HardeningMessages.TimeoutWhileWriting(_options.ExecutionTimeout))).ConfigureAwait(false);
            return;
        }

        var unexpected = 0;
        if (result.Errors is { Count: > 0 } errors)
        {
            foreach (var error in errors)
            {
                var unexpectedFailure = error.InnerException is UnexpectedFailureException;
                unexpected += unexpectedFailure ? 1 : 0;
                _metrics.Error(unexpectedFailure ? GraphQLHttpErrorCodes.InternalServerError : error.Code ?? "UNKNOWN");
            }
        }

        if (unexpected > 0)
        {
            response.Headers[UnexpectedErrorsHeader] = unexpected.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var status = ResultStatus.For(result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            response.Headers.Allow = "POST";
        }

        if (etag is not null && status == StatusCodes.Status200OK && result.Executed && result.Errors is not { Count: > 0 })
        {
            CacheHeaders.Cacheable(response, etag, _options.CacheMaxAgeSeconds);
        }
        else
        {
            CacheHeaders.NotCacheable(response);
        }

        response.StatusCode = status;
        response.ContentType = mediaType.ContentType();
        response.ContentLength = buffer.WrittenMemory.Length;
        await response.Body.WriteAsync(buffer.WrittenMemory, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private async Task ClientFaultAsync(HttpContext context, BadHttpRequestException fault, string requestId)
    {
        var timedOut = fault.StatusCode == StatusCodes.Status408RequestTimeout;
        RequestLog.ClientFault(_logger, fault.StatusCode, fault.Message, requestId);
        if (context.Response.HasStarted)
        {
            return;
        }

        context.Response.Clear();
        context.Response.Headers[ResponseHeaders.RequestId] = requestId;
        await RefuseAsync(context.Response, ResponseMediaType.Json, new RequestRefusal(
            fault.StatusCode,
            timedOut ? GraphQLHttpErrorCodes.RequestTimeout : GraphQLHttpErrorCodes.InvalidRequest,
            timedOut ? HardeningMessages.RequestBodyTooSlow : HardeningMessages.RequestBodyMalformed)).ConfigureAwait(false);
    }

    private async Task RefuseAsync(HttpResponse response, ResponseMediaType mediaType, RequestRefusal refusal)
    {
        _metrics.Error(refusal.Code);
        if (refusal.Allow is not null)
        {
            response.Headers.Allow = refusal.Allow;
        }

        CacheHeaders.NotCacheable(response);
        await ErrorBody.WriteAsync(response, refusal.StatusFor(mediaType), mediaType, refusal.Code, refusal.Message).ConfigureAwait(false);
    }
}
