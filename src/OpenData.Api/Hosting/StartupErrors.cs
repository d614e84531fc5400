using System.Reflection;
using Microsoft.Extensions.Options;

using OpenData.Api.Errors;

namespace OpenData.Api.Hosting;

/// <summary>Turns whatever stopped the server from starting into one line on standard error and a non-zero exit code.</summary>
public static class StartupErrors
{
    /// <summary>The exit code of a server that could not start.</summary>
    public const int ExitCode = 1;

    public static int Report(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        error.WriteLine(Describe(Unwrap(exception)));
        error.Flush();
        return ExitCode;
    }

    public static string Describe(Exception exception) => OneLine(exception switch
    {
        StartupFailureException failure => failure.Message,
        OptionsValidationException invalid => StartupMessages.InvalidConfiguration(invalid.Message),
        IOException io when io.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase) =>
            StartupMessages.AddressInUse(io.Message),
        _ => StartupMessages.Unexpected($"{exception.GetType().Name}: {exception.Message}"),
    });

    private static Exception Unwrap(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => exception,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
