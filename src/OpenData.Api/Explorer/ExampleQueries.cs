using System.Text.Json.Nodes;

namespace OpenData.Api.Explorer;

/// <summary>
/// The example queries offered in the explorer, read from the embedded Examples/*.graphql files. The
/// README shows the same files and the snapshot tests run each of them, so the three never drift apart.
/// A file starts with `# label` (Spanish), optionally followed by `# variables: {json}`.
/// </summary>
public sealed class ExampleQueries
{
    private const string Prefix = "OpenData.Api.Examples.";

    public ExampleQueries()
    {
        var assembly = typeof(ExampleQueries).Assembly;
        All = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".graphql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return Parse(name[Prefix.Length..^".graphql".Length], reader.ReadToEnd());
            })
            .ToList();
    }

    public IReadOnlyList<ExampleQuery> All { get; }

    public static ExampleQuery Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || !lines[0].StartsWith('#'))
        {
            throw new FormatException($"Example {name} must start with a '# label' line.");
        }

        var label = lines[0].TrimStart('#').Trim();
        JsonObject? variables = null;
        if (lines.Length > 1 && lines[1].StartsWith("# variables:", StringComparison.Ordinal))
        {
            variables = JsonNode.Parse(lines[1]["# variables:".Length..])?.AsObject()
                ?? throw new FormatException($"Example {name} has empty variables.");
        }

        return new ExampleQuery(name, label, text.ReplaceLineEndings("\n").TrimEnd() + "\n", variables);
    }
}

/// <summary>One example: a stable name (its file name), a Spanish label, the query text and its variables.</summary>
public sealed record ExampleQuery(string Name, string Label, string Query, JsonObject? Variables);
