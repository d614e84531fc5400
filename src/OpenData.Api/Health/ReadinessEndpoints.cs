using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Health;

/// <summary>Readiness: the database answers and holds a dataset; the body says which version.</summary>
public static class ReadinessEndpoints
{
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/readyz", async (IDbContextFactory<OpenDataDbContext> contexts, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var info = await db.DatasetInfo.AsNoTracking()
                    .Select(d => new { d.Version, d.BuiltAt, d.IsSynthetic })
                    .SingleOrDefaultAsync(cancellationToken);
                return info is null
                    ? Results.Json(new ReadinessStatus("unavailable", null, null, null), statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(new ReadinessStatus("ready", info.Version, info.BuiltAt, info.IsSynthetic));
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException)
            {
                return Results.Json(new ReadinessStatus("unavailable", null, null, null), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithName("Readyz");
        return endpoints;
    }
}

/// <summary>The body of GET /readyz.</summary>
public sealed record ReadinessStatus(string Status, string? DatasetVersion, DateTime? BuiltAt, bool? Synthetic);
