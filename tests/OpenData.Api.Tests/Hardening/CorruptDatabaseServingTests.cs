using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// Fault 4 (a corrupt database was "ready", downloads were cut or empty 500s) and the visibility half of fault 3 (an
/// internal error hid inside a 200): the file is damaged after the server started. Collections still answer 200 (the
/// transport spec wants it while <c>data</c> is present) but the unexpected error is flagged in <c>X-Unexpected-Errors</c>,
/// logged once with its request id, and counted in the metrics; downloads and the catalogue answer 503
/// <c>DATASET_UNREADABLE</c> with a body; <c>/readyz</c> turns 503 <c>corrupt</c>.
/// </summary>
public sealed class CorruptDatabaseServingTests : IDisposable
{
    private readonly DatabaseDamage _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task A_database_damaged_while_served_is_reported_everywhere_monitors_look()
    {
        var path = await _files.CopyAsync();
        var log = new LogCapture();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Database:Path", path);
            builder.UseSetting("Database:BuildOnStart", "false");
            builder.UseSetting("Database:IntegrityCheckInterval", "00:00:00");
            builder.UseSetting("GraphQL:Http:RateLimitingEnabled", "false");
            builder.UseSetting("RateLimiting:Enabled", "false");
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(log)));
        });
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        DatabaseDamage.OverwriteAllDataPages(path);

        // GraphQL: 200 with data (the spec), the error flagged and tied to its log entry.
        using var graphql = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ sources(first: 5) { nodes { id } } }" });
        var body = JsonDocument.Parse(await graphql.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, graphql.StatusCode);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("sources").ValueKind);
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        var requestId = extensions.GetProperty("requestId").GetString()!;
        Assert.Equal("1", Assert.Single(graphql.Headers.GetValues("X-Unexpected-Errors")));
        Assert.Equal(requestId, Assert.Single(graphql.Headers.GetValues("X-Request-Id")));
        var withStack = log.Entries.Where(e => e.Exception is not null).ToList();
        var logged = Assert.Single(withStack);
        Assert.Contains(requestId, logged.Message, StringComparison.Ordinal);

        // Downloads and the catalogue: a clear 503 with a body instead of an empty 500 or a cut stream.
        foreach (var download in new[] { "/export/sources.json", "/export/sources.csv", "/export/sources.ndjson", "/catalog.json" })
        {
            using var response = await client.GetAsync(new Uri(download, UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
            Assert.Equal("DATASET_UNREADABLE", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Unexpected-Errors")));
        }

        // Readiness: the background integrity check finds the damage (polled with a generous bound).
        var until = DateTime.UtcNow.AddMinutes(2);
        HttpResponseMessage ready;
        string? problem;
        do
        {
            await Task.Delay(100);
            ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
            problem = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.TryGetProperty("problem", out var p) ? p.GetString() : null;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        while (problem != "corrupt" && DateTime.UtcNow < until);

        Assert.Equal("corrupt", problem);

        // Metrics: the unexpected failures are counted, by code and by where.
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("opendata_graphql_errors_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("code=\"INTERNAL_SERVER_ERROR\"", metrics, StringComparison.Ordinal);
        Assert.Contains("code=\"DATASET_UNREADABLE\"", metrics, StringComparison.Ordinal);
        Assert.Contains("opendata_unexpected_errors_total{", metrics, StringComparison.Ordinal);
        Assert.Contains("where=\"export\"", metrics, StringComparison.Ordinal);
    }
}
