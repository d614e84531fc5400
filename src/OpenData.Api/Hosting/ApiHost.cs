using OpenData.Api.Data;
using OpenData.Api.Explorer;
using OpenData.Api.Exports;
using OpenData.Api.Feed;
using OpenData.Api.Health;
using OpenData.Api.Schema;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Hosting.Compression;

namespace OpenData.Api.Hosting;

/// <summary>Builds the web application: services, middleware and endpoints, each from its feature folder.</summary>
public static class ApiHost
{
    /// <summary>Where the API listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseOpenDataConsole();

        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddOpenDataDatabase(builder.Configuration);
        builder.Services.AddOpenDataSchema(builder.Configuration);
        builder.Services.AddGraphQLHttp();
        builder.Services.AddHttpCompression();
        builder.Services.AddHealth();
        builder.Services.AddExplorer();
        builder.Services.AddBulkDownloads();

        var app = builder.Build();
        app.LogExplorerAddress();
        app.UseHttpCompression();
        app.MapHealth();
        app.MapReadiness();
        app.MapExplorer();
        app.MapBulkDownloads();
        app.MapChangesFeed();
        app.MapGraphQLHttp("/graphql");
        return app;
    }
}
