using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// Reads a whole collection through the GraphQL API, 100 records a page, selecting exactly the columns of a
/// download: `id` is the slug, a related record (or list of them) is selected by slug. Child tables are read
/// through their parents, 25 parents a page so that the nested selection stays within the complexity limit.
/// </summary>
public sealed class ApiCollectionReader(GraphQLClient client)
{
    private const int PageSize = 100;
    private const int ParentPageSize = 25;

    /// <summary>The fields of a GraphQL object type: name, and whether its named type is a record (object or interface).</summary>
    public async Task<IReadOnlyDictionary<string, bool>> FieldsAsync(string typeName)
    {
        var data = await client.DataAsync(
            "query($name: String!) { __type(name: $name) { fields { name type { kind ofType { kind ofType { kind ofType { kind } } } } } } }",
            new { name = typeName });
        return data.GetProperty("__type").GetProperty("fields").EnumerateArray().ToDictionary(
            field => field.GetProperty("name").GetString()!,
            field => NamedKind(field.GetProperty("type")) is "OBJECT" or "INTERFACE");
    }

    /// <summary>Every record of the collection in id (ordinal) order, as the CSV text of each column.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> RowsAsync(Downloadable collection, IReadOnlyList<string> columns)
    {
        var fields = await FieldsAsync(collection.TypeName);
        var selection = string.Join(' ', columns.Select(column =>
            column == "id" ? "id: slug" : fields[column] ? $"{column} {{ slug }}" : column));
        var records = new List<JsonElement>();
        if (collection.ChildField is { } childField)
        {
            var parents = await ReadAllAsync(collection, $"{childField} {{ {selection} }}");
            records.AddRange(parents.SelectMany(parent => parent.GetProperty(childField).EnumerateArray()));
        }
        else
        {
            records.AddRange(await ReadAllAsync(collection, selection));
        }

        return [.. records
            .Select(record => (IReadOnlyList<string>)[.. columns.Select(column => CellText.Of(record.GetProperty(column)))])
            .OrderBy(row => row[0], StringComparer.Ordinal)];
    }

    private async Task<List<JsonElement>> ReadAllAsync(Downloadable collection, string selection)
    {
        var all = new List<JsonElement>();
        if (collection.OffsetPaged)
        {
            var query = $"query($skip: Int) {{ {collection.RootField}(skip: $skip, take: {PageSize}, order: [{{ id: ASC }}]) {{ pageInfo {{ hasNextPage }} items {{ {selection} }} }} }}";
            for (var skip = 0; ; skip += PageSize)
            {
                var page = (await client.DataAsync(query, new { skip })).GetProperty(collection.RootField);
                all.AddRange(page.GetProperty("items").EnumerateArray());
                if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
                {
                    return all;
                }
            }
        }

        var first = collection.ChildField is null ? PageSize : ParentPageSize;
        var cursorQuery = $"query($after: String) {{ {collection.RootField}(first: {first}, after: $after, order: [{{ id: ASC }}]) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {selection} }} }} }}";
        string? after = null;
        while (true)
        {
            var page = (await client.DataAsync(cursorQuery, new { after })).GetProperty(collection.RootField);
            all.AddRange(page.GetProperty("nodes").EnumerateArray());
            var pageInfo = page.GetProperty("pageInfo");
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                return all;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }
    }

    private static string NamedKind(JsonElement type) =>
        type.TryGetProperty("ofType", out var inner) && inner.ValueKind == JsonValueKind.Object ? NamedKind(inner) : type.GetProperty("kind").GetString()!;
}
