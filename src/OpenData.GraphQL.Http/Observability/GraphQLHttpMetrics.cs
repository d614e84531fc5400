using System.Diagnostics.Metrics;

namespace OpenData.GraphQL.Http.Observability;

/// <summary>
/// The endpoint's instruments, on the meter <see cref="MeterName"/>: requests and their duration by status, errors by
/// <c>extensions.code</c>, rate-limit refusals by limiter, cache lookups by cache and result, and unexpected failures.
/// Any OpenTelemetry exporter (for example Prometheus) that listens to the meter publishes them. The host may record
/// its own refusals and cache hits here too, so that every limiter and cache appears under the same names.
/// </summary>
public sealed class GraphQLHttpMetrics
{
    /// <summary>The name of the meter that holds every instrument.</summary>
    public const string MeterName = "OpenData.GraphQL.Http";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _unexpected;
    private readonly Counter<long> _refusals;
    private readonly Counter<long> _cacheLookups;

    public GraphQLHttpMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("opendata.graphql.requests", "{request}", "GraphQL requests answered, by HTTP status.");
        _duration = meter.CreateHistogram<double>(
            "opendata.graphql.request.duration",
            "s",
            "Time to answer a GraphQL request, by HTTP status.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
        _errors = meter.CreateCounter<long>("opendata.graphql.errors", "{error}", "GraphQL errors answered, by extensions.code.");
        _unexpected = meter.CreateCounter<long>("opendata.unexpected_errors", "{error}", "Unexpected failures (logged with their request id), by where they happened.");
        _refusals = meter.CreateCounter<long>("opendata.rate_limit.refusals", "{request}", "Requests refused by a rate limiter (429), by limiter.");
        _cacheLookups = meter.CreateCounter<long>("opendata.cache.lookups", "{lookup}", "Cache lookups, by cache and result (hit or miss).");
    }

    public void RequestCompleted(int statusCode, TimeSpan duration)
    {
        var status = new KeyValuePair<string, object?>("http.response.status_code", statusCode);
        _requests.Add(1, status);
        _duration.Record(duration.TotalSeconds, status);
    }

    public void Error(string code) => _errors.Add(1, new KeyValuePair<string, object?>("code", code));

    public void Unexpected(string where) => _unexpected.Add(1, new KeyValuePair<string, object?>("where", where));

    public void RateLimited(string limiter) => _refusals.Add(1, new KeyValuePair<string, object?>("limiter", limiter));

    public void CacheLookup(string cache, bool hit) => _cacheLookups.Add(
        1, new KeyValuePair<string, object?>("cache", cache), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));
}
