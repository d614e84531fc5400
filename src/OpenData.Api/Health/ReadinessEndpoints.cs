using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Domain.Build;
using OpenData.Domain.Data;

namespace OpenData.Api.Health;

/// <summary>
/// Readiness: the database passed its integrity check, answers and holds a dataset; the body says which version, or
/// (503) what is wrong (<c>problem</c>: corrupt, …).
/// </summary>
public static class ReadinessEndpoints
{
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/readyz", async (
            IDbContextFactory<OpenDataDbContext> contexts, DatasetIntegrity integrity, DatabaseOptions database, CancellationToken cancellationToken) =>
        {
            // The integrity check (SQLite's quick check, at start-up and again in the background when due) comes first:
            // a corrupt file is not ready, whatever a single read happens to return.
            if (integrity.Current() is { IsHealthy: false } fault)
            {
                return Results.Json(
                    new ReadinessStatus("unavailable", null, null, null) { Problem = fault.Code, Detail = fault.Message },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var info = await db.DatasetInfo.AsNoTracking()
                    .Select(d => new { d.Version, d.BuiltAt, d.IsSynthetic })
                    .SingleOrDefaultAsync(cancellationToken);
                return info is null
                    ? Results.Json(new ReadinessStatus("unavailable", null, null, null), statusCode: StatusCodes.Status503ServiceUnavailable)
                    : Results.Json(new ReadinessStatus(
                        "ready", info.Version, database.IsPostgres ? info.BuiltAt : DatasetFile.BuiltAt(database.ResolvedPath, info.BuiltAt), info.IsSynthetic));
            }
            catch (Exception e) when (e is SqliteException or InvalidOperationException or System.Data.Common.DbException)
            {
                return Results.Json(
                    new ReadinessStatus("unavailable", null, null, null) { Problem = "unreadable", Detail = e.Message.Split('\n', 2)[0].Trim() },
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithName("Readyz");
        return endpoints;
    }
}

/// <summary>The body of GET /readyz.</summary>
public sealed record ReadinessStatus(string Status, string? DatasetVersion, DateTime? BuiltAt, bool? Synthetic)
{
    /// <summary>Why the dataset is unavailable, when known (for example <c>corrupt</c>); omitted otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Problem { get; init; }

    /// <summary>A one-line explanation of <see cref="Problem"/>.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }
}
