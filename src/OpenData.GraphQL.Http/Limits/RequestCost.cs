namespace OpenData.GraphQL.Http.Limits;

/// <summary>
/// The complexity and depth the analyzer measured for the current request, for the request log. The endpoint puts
/// one in the execution's user context (<see cref="Key"/>) and in <c>HttpContext.Items</c>, so neither the rule nor the
/// log resolves it from DI.
/// </summary>
internal sealed class RequestCost
{
    public const string Key = "OpenData.GraphQL.Http.RequestCost";

    public double? Complexity { get; set; }

    public int? Depth { get; set; }
}
