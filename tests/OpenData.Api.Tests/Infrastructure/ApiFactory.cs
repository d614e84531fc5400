using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>
/// The API in-process over the test dataset (the committed seed, built once per run), with rate
/// limiting (of /graphql and of the other endpoints) off so that tests do not throttle each other, logging only
/// warnings and errors.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = TestDataset.PathAsync().GetAwaiter().GetResult();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Path", _databasePath);
        builder.UseSetting("Database:BuildOnStart", "false");
        builder.UseSetting("GraphQL:Http:RateLimitingEnabled", "false");
        // The 10 s default cut a search on a loaded 2-core machine; no test here is about the timeout (the HTTP library's are).
        builder.UseSetting("GraphQL:Http:ExecutionTimeout", "00:05:00");
        // The test console shows a test host's output at the default verbosity: only warnings and errors go there.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Extra configuration for a derived factory.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings() => [];
}
