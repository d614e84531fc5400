using OpenData.Api.Catalog;
using OpenData.Api.Collections;
using OpenData.Api.Data;
using OpenData.Api.Errors;
using OpenData.Api.Explorer;
using OpenData.Api.Exports;
using OpenData.Api.Feed;
using OpenData.Api.Health;
using OpenData.Api.Records;
using OpenData.Api.Schema;
using OpenData.GraphQL.Http.Hosting;
using OpenData.GraphQL.Http.Hosting.Compression;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.Api.Hosting;

/// <summary>Builds the web application: services, middleware and endpoints, each from its feature folder.</summary>
public static class ApiHost
{
    /// <summary>Where the API listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args) => Build(args, configure: null);

    /// <summary>Builds the application; <paramref name="configure"/> adjusts the builder first (tests add a log sink).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure)
    {
        // The collections' declarations (what the schema and the EF model are built from: about a third of the host's
        // build time) are initialised on another thread while the host reads its configuration and logging.
        _ = Task.Run(() => ApiCollections.All);
        var builder = WebApplication.CreateBuilder(args);
        builder.UseOpenDataConsole();
        configure?.Invoke(builder);

        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Every JSON answer (downloads' errors, examples, health) keeps accents as written, like the GraphQL responses.
        builder.Services.ConfigureHttpJsonOptions(json => ResponseJson.Configure(json.SerializerOptions));

        ServerLimits.Apply(builder);
        Metrics.Add(builder);

        // Start-up faults are reported by Program in one line (StartupFailureException); the host's own entry for
        // them would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.Services.AddOpenDataDatabase(builder.Configuration, diagnoseNow: true);
        builder.Services.AddOpenDataSchema(builder.Configuration);
        builder.Services.AddGraphQLHttp();
        builder.Services.AddGraphQLErrorMessages(catalog => catalog.AddApiMessages());
        builder.Services.AddHttpCompression();
        builder.Services.AddHealth();
        builder.Services.AddExplorer();
        builder.Services.AddBulkDownloads();
        builder.Services.AddCatalog();
        builder.Services.AddRecordPages();

        var app = builder.Build();
        app.Services.WarmUpOpenDataSchema();
        app.LogExplorerAddress();
        app.LogMemorySettings();
        app.UseClientFaults();
        app.UseHeadAsGet();
        app.UseRequestRateLimiting();
        app.UseHttpCompression();
        app.UseRouting();
        app.UseUnknownAddressAnswer();
        Metrics.Map(app);
        app.MapHealth();
        app.MapReadiness();
        app.MapExplorer();
        app.MapBulkDownloads();
        app.MapCatalog();
        app.MapRecordPages();
        app.MapChangesFeed();
        app.MapGraphQLHttp("/graphql");
        return app;
    }
}
