using System.Globalization;

namespace OpenData.Api.Hosting;

/// <summary>
/// Once the server listens, logs in Spanish, in one line, the garbage collector's settings the runtime applies (README,
/// "Memoria"): its kind and the gen0 budget, which OpenData.Api.csproj fixes (<c>System.GC.Gen0MaxBudget</c> in
/// runtimeconfig.json) and the environment variable <c>DOTNET_GCGen0MaxBudget</c> overrides.
/// </summary>
public static partial class MemorySettingsLine
{
    public static WebApplication LogMemorySettings(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenData.Api");
            if (logger.IsEnabled(LogLevel.Information))
            {
                var settings = Describe(GC.GetConfigurationVariables());
                Settings(logger, settings);
            }
        });
        return app;
    }

    /// <summary>For example <c>GC de estación de trabajo, concurrente; presupuesto de gen0: 4 MiB como máximo</c>.</summary>
    public static string Describe(IReadOnlyDictionary<string, object> gc)
    {
        ArgumentNullException.ThrowIfNull(gc);
        var kind = gc.TryGetValue("ServerGC", out var server) && server is true ? "de servidor" : "de estación de trabajo";
        var concurrent = gc.TryGetValue("ConcurrentGC", out var background) && background is true ? ", concurrente" : "";
        var budget = gc.TryGetValue("GCGen0MaxBudget", out var bytes) && Convert.ToInt64(bytes, CultureInfo.InvariantCulture) is > 0 and var value
            ? string.Create(CultureInfo.InvariantCulture, $"{value / (1024.0 * 1024.0):0.##} MiB como máximo")
            : "el del runtime";
        return $"GC {kind}{concurrent}; presupuesto de gen0: {budget}";
    }

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Memoria: {Settings}")]
    private static partial void Settings(ILogger logger, string settings);
}
