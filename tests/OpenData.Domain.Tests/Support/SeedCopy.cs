using OpenData.Domain.Collections;
using OpenData.Testing.Files;

namespace OpenData.Domain.Tests.Support;

/// <summary>
/// A copy of the fixture seed in a temporary directory, to break on purpose. A declared collection the fixture has no
/// file for is written as an empty file (<c>[]</c>) in the copy, so that declaring a collection needs no fixture file;
/// the validator itself still refuses a missing file (<c>SeedValidatorTests.Missing_and_unknown_files_are_reported</c>).
/// </summary>
public sealed class SeedCopy : IDisposable
{
    private static readonly string FixtureDir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed");

    private readonly TempDirectory _root = TempDirectory.Create("seed");

    /// <summary>Copies the fixture, with an empty file for each collection of <paramref name="collections"/> (by default the dataset's) it lacks.</summary>
    public SeedCopy(DatasetCollections? collections = null)
    {
        Root = _root.Path;
        Dir = Path.Combine(Root, "seed");
        Directory.CreateDirectory(Dir);
        foreach (var file in Directory.EnumerateFiles(FixtureDir, "*.yaml"))
        {
            File.Copy(file, Path.Combine(Dir, Path.GetFileName(file)));
        }

        Empty = [.. (collections ?? DatasetCollections.All).Files.Where(c => !File.Exists(PathOf(c.SeedFileName))).Select(c => c.Name)];
        foreach (var name in Empty)
        {
            File.WriteAllText(PathOf(name + ".yaml"), "[]\n");
        }
    }

    /// <summary>The collections with a seed file that the fixture does not have: empty in the copy.</summary>
    public IReadOnlyList<string> Empty { get; }

    /// <summary>The temporary directory holding <see cref="Dir"/> (and any database a test builds).</summary>
    public string Root { get; }

    /// <summary>The seed directory.</summary>
    public string Dir { get; }

    public string PathOf(string file) => Path.Combine(Dir, file);

    public string Read(string file) => File.ReadAllText(PathOf(file));

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    /// <summary>Replaces the one occurrence of <paramref name="find"/> in <paramref name="file"/>.</summary>
    public void Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' not found in {file}");
        Assert.True(text.IndexOf(find, at + 1, StringComparison.Ordinal) < 0, $"'{find}' occurs more than once in {file}");
        Write(file, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>The 1-based line of the <paramref name="occurrence"/>-th line containing <paramref name="text"/>.</summary>
    public int LineOf(string file, string text, int occurrence = 1)
    {
        var lines = Read(file).Split('\n');
        var found = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal) && ++found == occurrence)
            {
                return i + 1;
            }
        }

        throw new InvalidOperationException($"'{text}' (occurrence {occurrence}) not found in {file}");
    }

    /// <summary>"line:column" of the first occurrence of <paramref name="text"/> in <paramref name="file"/>.</summary>
    public string At(string file, string text)
    {
        var line = LineOf(file, text);
        return $"{line}:{Read(file).Split('\n')[line - 1].IndexOf(text, StringComparison.Ordinal) + 1}";
    }

    public void Dispose() => _root.Dispose();
}
