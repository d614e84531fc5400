namespace OpenData.GraphQL.Http.Limits;

/// <summary>The complexity and depth the analyzer measured for the current request (scoped), for the request log.</summary>
internal sealed class RequestCost
{
    public double? Complexity { get; set; }

    public int? Depth { get; set; }
}
