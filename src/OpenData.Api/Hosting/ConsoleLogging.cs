using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging.Console;

namespace OpenData.Api.Hosting;

/// <summary>
/// The console log: one readable line per message in a terminal (<c>HH:mm:ss info: Category[0] message</c>), or
/// one JSON object per line when <c>Logging:Console:FormatterName</c> is <c>json</c> (environment variable
/// <c>Logging__Console__FormatterName=json</c>), for production log collectors. Both keep accents and symbols as
/// written (no <c>\u002B</c> escapes). Set in code, so it holds whatever the working directory.
/// </summary>
public static class ConsoleLogging
{
    public const string FormatterSetting = "Logging:Console:FormatterName";

    public static WebApplicationBuilder UseOpenDataConsole(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Named explicitly: with no formatter name the console logger takes its legacy options and ignores these.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName ??= ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.SingleLine = true;
            options.IncludeScopes = false;
            options.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<JsonConsoleFormatterOptions>(options =>
        {
            options.IncludeScopes = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.UseUtcTimestamp = true;
            options.JsonWriterOptions = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        });
        return builder;
    }
}
