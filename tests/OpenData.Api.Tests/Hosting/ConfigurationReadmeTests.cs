using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;
using OpenData.GraphQL.Data.Plans;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Tests.Hosting;

/// <summary>
/// README's configuration table names every key the code reads, and only those: the settable properties of every
/// options class bound to a section (a <c>Section</c> or <c>SectionName</c> constant), the keys of appsettings.json,
/// and the keys read directly (<c>Configuration["…"]</c>, <c>…Setting</c> constants).
/// </summary>
public sealed partial class ConfigurationReadmeTests
{
    [Fact]
    public void Every_configuration_key_is_in_the_readme_table_and_the_table_names_no_other_key() =>
        ReadmeTable.AssertNames("## Configuración", BoundKeys(), StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Every_section_the_code_binds_has_an_options_class_with_its_name()
    {
        var sections = OptionsClasses().Select(o => o.Section).ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        // A section bound with a literal instead of its options class's constant would escape the table.
        Assert.Empty(sources.SelectMany(text => LiteralSection().Matches(text)).Select(m => m.Value));
        Assert.NotEmpty(sections);
    }

    private static HashSet<string> BoundKeys()
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, type) in OptionsClasses())
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                keys.Add(section + ":" + property.Name);
            }
        }

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "OpenData.Api", "appsettings.json")));
        AddLeaves(settings.RootElement, "", keys);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in DirectRead().Matches(File.ReadAllText(file)))
            {
                keys.Add(match.Groups["key"].Value);
            }
        }

        return keys;
    }

    /// <summary>The options classes of the API and the two libraries it binds, with their section.</summary>
    private static IEnumerable<(string Section, Type Type)> OptionsClasses() =>
        new[] { typeof(OpenData.Api.Errors.ApiErrorCodes).Assembly, typeof(GraphQLHttpOptions).Assembly, typeof(QueryEngineOptions).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(type => (Field: type.GetField("Section") ?? type.GetField("SectionName"), Type: type))
            .Where(t => t.Field is { IsLiteral: true } && t.Field.FieldType == typeof(string))
            .Select(t => ((string)t.Field!.GetValue(null)!, t.Type));

    private static void AddLeaves(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            AddLeaves(property.Value, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name, keys);
        }
    }

    [GeneratedRegex(@"Configuration\[""(?<key>[^""]+)""\]|const string \w+Setting = ""(?<key>[^""]+)""")]
    private static partial Regex DirectRead();

    [GeneratedRegex(@"(GetSection|BindConfiguration)\(""[^""]*""\)")]
    private static partial Regex LiteralSection();
}
