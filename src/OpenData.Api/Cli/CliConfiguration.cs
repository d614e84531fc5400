using OpenData.Api.Data;

namespace OpenData.Api.Cli;

/// <summary>The configuration a command sees: appsettings.json and OPENDATA-style environment variables, as when serving.</summary>
internal static class CliConfiguration
{
    public static DatabaseOptions Database()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
    }

    /// <summary>A path as short as it can be said from the working directory, so messages read `seed/x.yaml:3:5`.</summary>
    public static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
