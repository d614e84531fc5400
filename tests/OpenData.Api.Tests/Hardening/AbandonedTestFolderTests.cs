using System.Diagnostics;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Hardening;

/// <summary>
/// A test process killed before it could exit cleanly (kill -9, a cancelled CI job) leaves its temporary folders: the
/// next test process deletes those whose owner is no longer running, and only those.
/// </summary>
public sealed class AbandonedTestFolderTests
{
    [Fact]
    public void Folders_of_processes_that_are_gone_are_deleted_and_those_of_running_processes_kept()
    {
        using var temp = TempDirectory.Create("sweep");
        using var running = Process.Start("sleep", "60");
        var killed = Process.Start("sleep", "60");
        var killedOwner = TempDirectory.OwnerOf(killed.Id, killed.StartTime);
        killed.Kill();
        killed.WaitForExit();
        killed.Dispose();
        try
        {
            var thisProcess = Folder(temp, $"opendata-data-{TempDirectory.Owner}-a1b2c3");
            var otherRunning = Folder(temp, $"opendata-data-{TempDirectory.OwnerOf(running.Id, running.StartTime)}-d4e5f6");
            var otherName = Folder(temp, "opendata-graphql-data-bench-1m-v1");
            var gone = Folder(temp, $"opendata-releases-{killedOwner}-g7h8i9");
            var reusedId = Folder(temp, $"opendata-damage-{Environment.ProcessId}x{DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 86_400}-j0k1l2");
            File.WriteAllText(Path.Combine(gone, "opendata.sqlite"), "left by a killed run");

            var deleted = TempDirectory.DeleteAbandoned(temp.Path);

            Assert.Equal(new[] { gone, reusedId }.Order(StringComparer.Ordinal), deleted.Order(StringComparer.Ordinal));
            Assert.False(Directory.Exists(gone));
            Assert.False(Directory.Exists(reusedId));
            Assert.True(Directory.Exists(thisProcess));
            Assert.True(Directory.Exists(otherRunning));
            Assert.True(Directory.Exists(otherName));
        }
        finally
        {
            running.Kill();
            running.WaitForExit();
        }
    }

    [Fact]
    public void A_new_folder_names_this_process_as_its_owner()
    {
        using var folder = TempDirectory.Create("owner");

        Assert.StartsWith($"opendata-owner-{Environment.ProcessId}x", Path.GetFileName(folder.Path), StringComparison.Ordinal);
        Assert.DoesNotContain(folder.Path, TempDirectory.DeleteAbandoned(Path.GetDirectoryName(folder.Path)!));
        Assert.True(Directory.Exists(folder.Path));
    }

    private static string Folder(TempDirectory temp, string name)
    {
        var path = temp.PathOf(name);
        Directory.CreateDirectory(path);
        return path;
    }
}
