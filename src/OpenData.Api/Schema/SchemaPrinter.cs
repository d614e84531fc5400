using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using OpenData.Api.Data;

namespace OpenData.Api.Schema;

/// <summary>The schema as SDL, printed with ordinal sorting so that diffs of schema/schema.graphql stay stable.</summary>
public static class SchemaPrinter
{
    public static string Print(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal });
        return sdl.ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    /// <summary>The SDL of the schema the API serves, built without starting the server or touching the database.</summary>
    public static string PrintServed()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddOpenDataDatabase(configuration)
            .AddOpenDataSchema(configuration);
        using var provider = services.BuildServiceProvider();
        return Print(provider.GetRequiredService<ISchema>());
    }
}
