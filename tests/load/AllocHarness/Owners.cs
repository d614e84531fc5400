namespace OpenData.Load.Allocations;

/// <summary>
/// Whose bytes a sample is: the area of its allocating site (the first frame outside the allocator, collections and
/// the runtime's own helpers) and the nearest frame of this repository on its stack (the code that asked for the work).
/// </summary>
internal static class Owners
{
    private static readonly (string Prefix, string Area)[] Areas =
    [
        ("OpenData.GraphQL.Data.", "engine (OpenData.GraphQL.Data)"),
        ("OpenData.GraphQL.Http.", "HTTP library (OpenData.GraphQL.Http)"),
        ("OpenData.Api.Search.", "search (OpenData.Api/Search)"),
        ("OpenData.Api.", "API host (OpenData.Api)"),
        ("OpenData.Domain.", "domain (OpenData.Domain)"),
        ("dynamicClass.", "EF Core shaper (compiled lambdas)"),
        ("GraphQLParser.", "GraphQL.NET"),
        ("GraphQL.", "GraphQL.NET"),
        ("Microsoft.EntityFrameworkCore.", "EF Core"),
        ("Microsoft.Data.Sqlite.", "Microsoft.Data.Sqlite"),
        ("SQLitePCL.", "Microsoft.Data.Sqlite"),
        ("Microsoft.AspNetCore.", "ASP.NET Core"),
        ("Microsoft.Extensions.", "Microsoft.Extensions"),
        ("OpenTelemetry.", "OpenTelemetry"),
        ("System.Text.Json.", "System.Text.Json"),
        ("System.Threading.", "System.Threading (timers, async locals, cancellation)"),
        ("System.Diagnostics.", "System.Diagnostics (activities, metrics)"),
        ("System.Net.", "System.Net (sockets)"),
        ("System.IO.Pipelines.", "System.IO.Pipelines"),
    ];

    /// <summary>"area of the allocating site  ←  nearest OpenData class" for one sample's frames (leaf first).</summary>
    public static string Of(string site, List<string> frames)
    {
        var area = Areas.FirstOrDefault(a => site.StartsWith(a.Prefix, StringComparison.Ordinal)).Area ?? "other: " + Type(site);
        var ours = frames.FirstOrDefault(f => f.StartsWith("OpenData.", StringComparison.Ordinal));
        return ours is null ? area : $"{area}  <-  {Type(ours)}";
    }

    /// <summary>The class of a frame's method, without its generic arguments, nested state machines or parameters.</summary>
    private static string Type(string frame)
    {
        var name = frame.Split('(')[0];
        var dot = name.LastIndexOf('.');
        var type = dot > 0 ? name[..dot] : name;
        var nested = type.IndexOf('+', StringComparison.Ordinal);
        type = nested > 0 ? type[..nested] : type;
        var generic = type.IndexOf('`', StringComparison.Ordinal);
        return generic > 0 ? type[..generic] : type;
    }
}
