using System.Globalization;

using OpenData.Api.Errors;

namespace OpenData.Api.Hosting;

/// <summary>
/// The process's limit on open file descriptors (the soft <c>RLIMIT_NOFILE</c>, read from <c>/proc/self/limits</c>)
/// checked against the connection limit plus a reserve: each connection holds a descriptor, and a process that runs out
/// of them fails in unrelated places (the runtime even aborts), so the server refuses to start instead.
/// </summary>
internal static class FileDescriptorBudget
{
    /// <summary>Throws <see cref="StartupFailureException"/> when the limit is known and too small.</summary>
    public static void Check(ServerLimitsOptions limits, string limitsFile = "/proc/self/limits")
    {
        if (SoftLimit(limitsFile) is { } limit && limits.MaxConcurrentConnections + limits.FileDescriptorReserve > limit)
        {
            throw new StartupFailureException(StartupMessages.FileDescriptors(limit, limits.MaxConcurrentConnections, limits.FileDescriptorReserve));
        }
    }

    /// <summary>The soft limit, or null when unknown or unlimited.</summary>
    public static long? SoftLimit(string limitsFile = "/proc/self/limits")
    {
        if (!File.Exists(limitsFile))
        {
            return null;
        }

        foreach (var line in File.ReadLines(limitsFile))
        {
            if (!line.StartsWith("Max open files", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var soft) ? soft : null;
        }

        return null;
    }
}
