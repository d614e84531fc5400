using System.Text;
using System.Text.Json;

namespace OpenData.Load;

/// <summary>One query of the mix: a name and a fixed set of pre-encoded request bodies that vary its variables.</summary>
internal sealed class QueryKind
{
    private readonly byte[][] _bodies;

    public QueryKind(string name, string query, IReadOnlyList<object> variables)
    {
        Name = name;
        _bodies = [.. variables.Select(v => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query, variables = v })))];
    }

    public string Name { get; }

    public byte[] Body(int iteration) => _bodies[iteration % _bodies.Length];
}
