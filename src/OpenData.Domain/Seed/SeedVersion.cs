using System.Security.Cryptography;
using System.Text;

namespace OpenData.Domain.Seed;

/// <summary>
/// The dataset version: lowercase hex SHA-256 over the seed's <c>*.yaml</c> files and its release files
/// (<c>releases/*</c>, named with that prefix), sorted by file name (ordinal), hashing for each its name, a NUL, its
/// content with CR LF turned into LF, and a NUL. The <em>content</em> hash is the same over the <c>*.yaml</c> files
/// alone: what a release records of the seed it published.
/// </summary>
public static class SeedVersion
{
    /// <summary>Computes the version of the seed in <paramref name="seedDir"/> without loading it.</summary>
    public static string Compute(string seedDir) =>
        Compute(SeedFiles(seedDir).Concat(ReleaseFiles(seedDir)).Select(path => (NameOf(seedDir, path), File.ReadAllBytes(path))));

    /// <summary>The content hash of the seed in <paramref name="seedDir"/>: its collection files only, without the releases.</summary>
    public static string ComputeContent(string seedDir) =>
        Compute(SeedFiles(seedDir).Select(path => (Path.GetFileName(path), File.ReadAllBytes(path))));

    internal static IEnumerable<string> SeedFiles(string seedDir) =>
        Directory.EnumerateFiles(seedDir, "*.yaml").Order(StringComparer.Ordinal);

    internal static IEnumerable<string> ReleaseFiles(string seedDir)
    {
        var dir = Releases.ReleaseFiles.DirectoryOf(seedDir);
        return Directory.Exists(dir) ? Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal) : [];
    }

    internal static string NameOf(string seedDir, string path) =>
        Path.GetDirectoryName(Path.GetFullPath(path)) == Path.GetFullPath(seedDir).TrimEnd(Path.DirectorySeparatorChar)
            ? Path.GetFileName(path)
            : Releases.ReleaseFiles.Directory + "/" + Path.GetFileName(path);

    internal static string Compute(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] separator = [0];
        foreach (var (name, content) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(separator);
            hash.AppendData(WithLf(content));
            hash.AppendData(separator);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static byte[] WithLf(byte[] content)
    {
        if (Array.IndexOf(content, (byte)'\r') < 0)
        {
            return content;
        }

        var text = new List<byte>(content.Length);
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != '\r' || i + 1 >= content.Length || content[i + 1] != '\n')
            {
                text.Add(content[i]);
            }
        }

        return [.. text];
    }
}
