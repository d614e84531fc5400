using System.Globalization;

namespace OpenData.Load;

/// <summary>
/// Reads the server process from /proc: resident memory from /proc/&lt;pid&gt;/status (peak VmHWM and current
/// VmRSS, in MiB) and CPU time used (user + system, from /proc/&lt;pid&gt;/stat, in milliseconds).
/// </summary>
internal static class ServerProcess
{
    /// <summary>Clock ticks per second of /proc/&lt;pid&gt;/stat (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static (double PeakMiB, double CurrentMiB)? Memory(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (pid <= 0 || !File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllLines(path);
        return (Field(lines, "VmHWM:"), Field(lines, "VmRSS:"));
    }

    public static double? CpuMilliseconds(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid <= 0 || !File.Exists(path))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces) start at ')'; utime and stime are fields 14 and 15.
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000 / TicksPerSecond;
    }

    private static double Field(string[] lines, string name)
    {
        var line = lines.First(l => l.StartsWith(name, StringComparison.Ordinal));
        var kilobytes = long.Parse(line[name.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }
}
