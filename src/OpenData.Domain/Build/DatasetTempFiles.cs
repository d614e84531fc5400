using System.Diagnostics;
using System.Globalization;

namespace OpenData.Domain.Build;

/// <summary>
/// The temporary files a build writes beside its target, named <c>.&lt;target&gt;.&lt;pid&gt;.&lt;guid&gt;.tmp</c> (plus SQLite's
/// <c>-journal</c>, <c>-wal</c>, <c>-shm</c>). A build killed before its rename (kill -9, power loss) leaves them behind;
/// the next build of the same target removes every one whose process is gone (and those of the older, pid-less naming),
/// while the files of a build still running elsewhere are left alone.
/// </summary>
public static class DatasetTempFiles
{
    /// <summary>Creates the target's folder, removes stale temporary files, and returns a fresh temporary path.</summary>
    public static string Prepare(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        RemoveStale(target);
        return Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    /// <summary>Removes the temporary files of builds of <paramref name="target"/> whose process no longer runs; returns them.</summary>
    public static IReadOnlyList<string> RemoveStale(string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        var prefix = $".{Path.GetFileName(target)}.";
        var removed = new List<string>();
        if (!Directory.Exists(directory))
        {
            return removed;
        }

        foreach (var file in Directory.EnumerateFiles(directory, prefix + "*.tmp*"))
        {
            var name = Path.GetFileName(file)[prefix.Length..];
            var tmp = name.IndexOf(".tmp", StringComparison.Ordinal);
            if (tmp < 0 || name[(tmp + ".tmp".Length)..] is not ("" or "-journal" or "-wal" or "-shm"))
            {
                continue;
            }

            var parts = name[..tmp].Split('.');
            var owner = parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : (int?)null;
            if (owner is { } running && IsRunning(running))
            {
                continue;
            }

            try
            {
                File.Delete(file);
                removed.Add(file);
            }
            catch (IOException)
            {
                // Taken by another process after all: it is not stale.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to remove.
            }
        }

        return removed;
    }

    /// <summary>Deletes a temporary file and SQLite's companions of it.</summary>
    public static void Delete(string temp)
    {
        foreach (var leftover in new[] { temp, temp + "-journal", temp + "-wal", temp + "-shm" })
        {
            File.Delete(leftover);
        }
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
