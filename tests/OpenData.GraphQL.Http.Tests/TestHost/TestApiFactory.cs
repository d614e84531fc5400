using System.Security.Claims;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenData.GraphQL.Http.Hosting;

namespace OpenData.GraphQL.Http.Tests.TestHost;

/// <summary>
/// A host with the test schema, the endpoint on /graphql, an HTML "explorer" on the same route and a
/// test log; its execution-options hook copies a header into the user context and fails on another; a stand-in
/// authentication middleware signs a request in by a header. Settings (keys under GraphQL:Http) override the defaults; rate limiting is off unless a
/// test turns it on.
/// </summary>
public class TestApiFactory : WebApplicationFactory<TestApiFactory>
{
    public const string ExplorerHtml = "<html><body>explorer</body></html>";

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["GraphQL:Http:RateLimitingEnabled"] = "false",
    };

    public const string ExplodeHeader = "X-Test-Explode";
    public const string CallerHeader = "X-Test-Caller";

    /// <summary>A request with this header is signed in, as that name, by the host's stand-in authentication middleware.</summary>
    public const string UserHeader = "X-Test-User";

    public TestLogSink Log { get; } = new();

    public MutableCacheVersion Version { get; } = new("dataset-1");

    /// <summary>The execution timeout the endpoint gave the last request it executed (seen by the execution-options hook).</summary>
    public TimeSpan? LastExecutionTimeout { get; private set; }

    /// <summary>Serve <see cref="ReadOnlyTestSchema"/> (no mutation type), like the real API, instead of <see cref="TestSchema"/>.</summary>
    public bool ReadOnlySchema { get; init; }

    public TestApiFactory With(string key, string value)
    {
        _settings["GraphQL:Http:" + key] = value;
        return this;
    }

    // The test assembly is not a web project: its binaries folder is the content root.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        new HostBuilder().ConfigureWebHost(web => web
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings))
            .ConfigureLogging(logging => logging.ClearProviders().AddProvider(Log))
            .ConfigureServices(services =>
            {
                services.AddRouting();
                services.AddGraphQL(graphql =>
                {
                    if (ReadOnlySchema)
                    {
                        graphql.AddSchema<ReadOnlyTestSchema>();
                    }
                    else
                    {
                        graphql.AddSchema<TestSchema>();
                    }

                    graphql.AddGraphTypes(typeof(TestSchema).Assembly).AddSystemTextJson();
                });
                services.AddGraphQLHttp();
                services.AddSingleton<ICacheVersionProvider>(Version);
                services.AddGraphQLExecutionOptions((options, http) =>
                {
                    if (http.Request.Headers.ContainsKey(ExplodeHeader))
                    {
                        throw new InvalidOperationException(TestSchema.SecretFailure);
                    }

                    options.UserContext["caller"] = http.Request.Headers[CallerHeader].ToString();
                    LastExecutionTimeout = options.Timeout;
                });
            })
            .Configure(app =>
            {
                app.Use((http, next) =>
                {
                    if (http.Request.Headers.TryGetValue(UserHeader, out var name))
                    {
                        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], "test"));
                    }

                    return next(http);
                });
                app.UseRouting();
                app.UseEndpoints(endpoints =>
                {
                    endpoints.MapGraphQLHttp("/graphql");
                    endpoints.MapGet("/graphql", () => Results.Content(ExplorerHtml, "text/html"));
                });
            }));
}
