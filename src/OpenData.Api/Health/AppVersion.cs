using System.Reflection;

namespace OpenData.Api.Health;

/// <summary>The application's version, as stamped into the assembly at build time.</summary>
public static class AppVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(AppVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (string.IsNullOrEmpty(informational))
        {
            return typeof(AppVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        // Drop the "+<commit>" build metadata the SDK appends: the public version is the release number.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
