using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenData.Testing.Files;

/// <summary>
/// A folder in the system temp folder that a test owns, named <c>opendata-&lt;purpose&gt;-&lt;owner&gt;-&lt;random&gt;</c>,
/// the owner being the test process (its id and start time, <c>&lt;pid&gt;x&lt;unix seconds&gt;</c>). Disposing deletes it
/// with everything inside; one that is never disposed (a dataset shared by the whole run, a fixture whose constructor
/// threw, a test that failed before its cleanup) is deleted when the test process exits. A process killed before it
/// could exit cleanly leaves its folders: the next test process to make one deletes every folder whose owner is no
/// longer running (<see cref="DeleteAbandoned"/>). Every test project makes its temporary files here, so a run leaves
/// nothing behind (.ci/run checks that).
/// </summary>
public sealed partial class TempDirectory : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> Undeleted = new(StringComparer.Ordinal);

    /// <summary>This process as a folder name's owner part.</summary>
    public static readonly string Owner = OwnerOf(System.Environment.ProcessId, Process.GetCurrentProcess().StartTime);

    static TempDirectory()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteUndeleted();
        DeleteAbandoned(System.IO.Path.GetTempPath());
    }

    private TempDirectory(string path) => Path = path;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A new, empty folder <c>opendata-&lt;purpose&gt;-&lt;random&gt;</c> in the system temp folder.</summary>
    public static TempDirectory Create(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var path = Directory.CreateTempSubdirectory($"opendata-{purpose}-{Owner}-").FullName;
        Undeleted[path] = 0;
        return new TempDirectory(path);
    }

    /// <summary>A new folder that lives until the test process exits, for what the whole run shares.</summary>
    public static string ForTheRun(string purpose) => Create(purpose).Path;

    /// <summary>The path of <paramref name="name"/> inside the folder.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => TryDelete(Path);

    /// <summary>Folders made by this process and not deleted yet (for tests of this class).</summary>
    public static IReadOnlyCollection<string> Outstanding => [.. Undeleted.Keys];

    /// <summary>
    /// Deletes the folders of <paramref name="tempFolder"/> named by <see cref="Create"/> whose owner is not running (no
    /// process has its id, or the one that has it started at another time); returns their paths. Folders of running
    /// processes, of other names, or that cannot be read are left alone.
    /// </summary>
    public static IReadOnlyList<string> DeleteAbandoned(string tempFolder)
    {
        var deleted = new List<string>();
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(tempFolder, "opendata-*"))
            {
                if (OwnerName().Match(System.IO.Path.GetFileName(folder)) is { Success: true } match
                    && !IsRunning(int.Parse(match.Groups["pid"].ValueSpan, CultureInfo.InvariantCulture), long.Parse(match.Groups["start"].ValueSpan, CultureInfo.InvariantCulture)))
                {
                    TryDelete(folder);
                    if (!Directory.Exists(folder))
                    {
                        deleted.Add(folder);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temp folder that cannot be listed: nothing to sweep.
        }

        return deleted;
    }

    /// <summary>The owner part of a folder's name for the process <paramref name="pid"/> started at <paramref name="started"/>.</summary>
    public static string OwnerOf(int pid, DateTime started) =>
        FormattableString.Invariant($"{pid}x{new DateTimeOffset(started.ToUniversalTime()).ToUnixTimeSeconds()}");

    private static bool IsRunning(int pid, long startedSeconds)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            // Seconds as rounded when the name was made; a process reusing the id started later.
            return Math.Abs(new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeSeconds() - startedSeconds) <= 1;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Running but not ours to inspect: keep its folders.
            return true;
        }
    }

    [GeneratedRegex(@"^opendata-.+-(?<pid>\d{1,9})x(?<start>\d{1,12})-[^-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerName();

    private static void DeleteUndeleted()
    {
        foreach (var path in Undeleted.Keys)
        {
            TryDelete(path);
        }
    }

    private static void TryDelete(string path)
    {
        // A SQLite connection still closing in the process (a host's background check, say) can create its -wal or -shm
        // file between the recursive delete's listing and its removal of the folder, then remove it: the folder stays,
        // empty ("Directory not empty"). So a failed delete is tried again a few times, a little later each time.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                Undeleted.TryRemove(path, out _);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (attempt == 5)
                {
                    // Still registered: the process-exit sweep tries again, and .ci/run reports it if that fails too.
                    return;
                }

                Thread.Sleep(20 * attempt);
            }
        }
    }
}
