using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Catalog;

/// <summary>The period the data covers: from the earliest history event or fiscal year to the latest.</summary>
internal sealed record TemporalCoverage(DateOnly? Start, DateOnly? End)
{
    public static async Task<TemporalCoverage> ReadAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstEvent = await db.HistoryEvents.MinAsync(x => (DateOnly?)x.DateStart, cancellationToken);
        var lastEvent = await db.HistoryEvents.MaxAsync(x => (DateOnly?)x.DateEnd, cancellationToken);
        int?[] firstYears =
        [
            await db.FundingRecords.MinAsync(x => x.FiscalYear, cancellationToken),
            await db.Agreements.MinAsync(x => x.FiscalYear, cancellationToken),
        ];
        int?[] lastYears =
        [
            await db.FundingRecords.MaxAsync(x => x.FiscalYearEnd ?? x.FiscalYear, cancellationToken),
            await db.Agreements.MaxAsync(x => x.FiscalYear, cancellationToken),
        ];

        DateOnly?[] starts = [firstEvent, .. firstYears.Select(y => y is { } year ? new DateOnly(year, 1, 1) : (DateOnly?)null)];
        DateOnly?[] ends = [lastEvent, .. lastYears.Select(y => y is { } year ? new DateOnly(year, 12, 31) : (DateOnly?)null)];
        return new TemporalCoverage(starts.Min(), ends.Max());
    }
}
