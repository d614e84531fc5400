using System.Collections.Concurrent;

namespace OpenData.Testing.Files;

/// <summary>
/// A folder in the system temp folder that a test owns, named <c>opendata-&lt;purpose&gt;-&lt;random&gt;</c>. Disposing
/// deletes it with everything inside; one that is never disposed (a dataset shared by the whole run, a fixture whose
/// constructor threw, a test that failed before its cleanup) is deleted when the test process exits. Every test
/// project makes its temporary files here, so a run leaves nothing behind (.ci/run checks that).
/// </summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> Undeleted = new(StringComparer.Ordinal);

    static TempDirectory() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteUndeleted();

    private TempDirectory(string path) => Path = path;

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A new, empty folder <c>opendata-&lt;purpose&gt;-&lt;random&gt;</c> in the system temp folder.</summary>
    public static TempDirectory Create(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var path = Directory.CreateTempSubdirectory($"opendata-{purpose}-").FullName;
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
