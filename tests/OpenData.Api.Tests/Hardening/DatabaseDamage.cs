using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Files;

namespace OpenData.Api.Tests.Hardening;

/// <summary>Copies of the test database in a temporary folder, damaged in the ways the hardening tests need.</summary>
public sealed class DatabaseDamage : IDisposable
{
    private readonly TempDirectory _folder = TempDirectory.Create("damage");

    public string Folder => _folder.Path;

    /// <summary>A fresh copy of the built test database.</summary>
    public async Task<string> CopyAsync(string name = "copy.sqlite")
    {
        var path = Path.Combine(Folder, name);
        File.Copy(await TestDataset.PathAsync(), path, overwrite: true);
        return path;
    }

    public static int PageSize(string path)
    {
        using var file = File.OpenRead(path);
        var header = new byte[18];
        file.ReadExactly(header);
        var size = (header[16] << 8) | header[17];
        return size == 1 ? 65536 : size;
    }

    /// <summary>Overwrites page <paramref name="page"/> (1-based) with a byte pattern no SQLite page starts with.</summary>
    public static void OverwritePage(string path, int page)
    {
        var size = PageSize(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = (long)(page - 1) * size;
        file.Write(Enumerable.Repeat((byte)0x5A, size).ToArray());
    }

    /// <summary>
    /// Overwrites every page but the first (the header and the schema) and bumps the header's change counter, so
    /// that readers holding cached pages reread them: every table read fails, the schema still opens.
    /// </summary>
    public static void OverwriteAllDataPages(string path)
    {
        var size = PageSize(path);
        var pages = (int)(new FileInfo(path).Length / size);
        for (var page = 2; page <= pages; page++)
        {
            OverwritePage(path, page);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var counter = new byte[4];
        file.Position = 24;
        file.ReadExactly(counter);
        counter[3]++;
        file.Position = 24;
        file.Write(counter);
    }

    public void Dispose() => _folder.Dispose();
}
