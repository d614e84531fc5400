using OpenData.Api.Collections;
using OpenData.Domain.Data;

namespace OpenData.Api.Catalog;

/// <summary>The period the data covers: from the earliest date or fiscal year a collection declares (see <see cref="ApiCollection.ReadCoverageAsync"/>) to the latest.</summary>
internal sealed record TemporalCoverage(DateOnly? Start, DateOnly? End)
{
    public static async Task<TemporalCoverage> ReadAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periods = new List<(DateOnly? Start, DateOnly? End)>();
        foreach (var collection in ApiCollections.All)
        {
            periods.Add(await collection.ReadCoverageAsync(db, cancellationToken));
        }

        return new TemporalCoverage(periods.Min(p => p.Start), periods.Max(p => p.End));
    }
}
