using System.Text;
using System.Text.RegularExpressions;
using OpenData.Domain.Collections;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>Reads every seed file into a <see cref="SeedSet"/>, collecting problems instead of throwing.</summary>
internal static partial class SeedLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (LoadContext Context, string Version, string Content) Load(string seedDir, DatasetCollections collections)
    {
        var context = new LoadContext(collections);
        var prefix = DisplayPrefix(seedDir);
        var contents = SeedVersion.SeedFiles(seedDir).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes, StringComparer.Ordinal);
        var known = collections.Files.ToDictionary(f => f.SeedFileName, StringComparer.Ordinal);

        foreach (var name in contents.Keys.Concat(Directory.EnumerateFiles(seedDir, "*.yml").Select(p => Path.GetFileName(p))).Order(StringComparer.Ordinal))
        {
            if (!known.ContainsKey(name))
            {
                context.Problems.Add(new SeedProblem(prefix + name, 1, 1, SeedProblem.FileRecord, "",
                    $"'{name}' is not a collection file; expected one of {string.Join(", ", known.Keys)}"));
            }
        }

        foreach (var collection in collections.Files)
        {
            var name = collection.SeedFileName;
            if (!contents.TryGetValue(name, out var bytes))
            {
                context.Problems.Add(new SeedProblem(prefix + name, 1, 1, SeedProblem.FileRecord, "", "is missing (write [] for an empty collection)"));
                context.Unreadable.Add(collection.Name);
            }
            else if (Parse(prefix + name, bytes, context) is { } items)
            {
                collection.Shape.ReadAll(items, context, prefix + name);
            }
            else
            {
                context.Unreadable.Add(collection.Name);
            }
        }

        var releases = SeedVersion.ReleaseFiles(seedDir).Select(p => (SeedVersion.NameOf(seedDir, p), File.ReadAllBytes(p)));
        var version = SeedVersion.Compute(contents.Select(p => (p.Key, p.Value)).Concat(releases));
        return (context, version, SeedVersion.Compute(contents.Select(p => (p.Key, p.Value))));
    }

    /// <summary>"seed/" for "seed", "seed/" or "seed\": problems read <c>seed/programs.yaml:12:5: ...</c>.</summary>
    internal static string DisplayPrefix(string seedDir)
    {
        var trimmed = seedDir.TrimEnd('/', '\\');
        return (trimmed.Length == 0 ? seedDir[..1] : trimmed + "/").Replace('\\', '/');
    }

    /// <summary>The file's list of records; null (with a problem) when it cannot be read as one.</summary>
    private static YamlSequenceNode? Parse(string file, byte[] bytes, LoadContext context)
    {
        void FileProblem(int line, int column, string message) =>
            context.Problems.Add(new SeedProblem(file, line, column, SeedProblem.FileRecord, "", message));

        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            FileProblem(1, 1, "starts with a byte order mark; save it as UTF-8 without BOM");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            FileProblem(1, 1, "is not valid UTF-8");
            return null;
        }

        if (text.IndexOf('\r', StringComparison.Ordinal) is var cr and >= 0)
        {
            var lineStart = cr == 0 ? 0 : text.LastIndexOf('\n', cr - 1) + 1;
            FileProblem(text.AsSpan(0, cr).Count('\n') + 1, cr - lineStart + 1, "has CR LF line endings; use LF only");
        }

        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text.TrimStart('\uFEFF')));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            FileProblem((int)e.Start.Line, (int)e.Start.Column, "YAML syntax error: " + MarkPrefix().Replace(e.Message, ""));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow collections.
            var at = scanner.CurrentPosition;
            FileProblem((int)at.Line, (int)at.Column, "YAML syntax error: the parser stopped here (look for an unclosed [ or { or quote)");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlSequenceNode();
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            FileProblem((int)second.Line, (int)second.Column, "holds more than one YAML document; use one list of records");
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlSequenceNode items)
        {
            return items;
        }

        if (Values.IsAbsent(root))
        {
            return new YamlSequenceNode();
        }

        FileProblem((int)root.Start.Line, (int)root.Start.Column, $"must hold a list of records (each starting with '- id:'), found {Values.Describe(root)}");
        return null;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
