using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Catalog;

/// <summary>The period the data covers: from the earliest history event or fiscal year to the latest.</summary>
internal sealed record TemporalCoverage(DateOnly? Start, DateOnly? End)
{
    public static async Task<TemporalCoverage> ReadAsync(OpenDataDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var firstEvent = await db.HistoryEvents.MinAsync(x => (DateOnly?)x.Date.Start, cancellationToken).ConfigureAwait(false);
        var lastEvent = await db.HistoryEvents.MaxAsync(x => (DateOnly?)x.Date.End, cancellationToken).ConfigureAwait(false);
        int?[] firstYears =
        [
            await db.FundingRecords.MinAsync(x => x.FiscalYear, cancellationToken).ConfigureAwait(false),
            await db.Agreements.MinAsync(x => x.FiscalYear, cancellationToken).ConfigureAwait(false),
        ];
        int?[] lastYears =
        [
            await db.FundingRecords.MaxAsync(x => x.FiscalYearEnd ?? x.FiscalYear, cancellationToken).ConfigureAwait(false),
            await db.Agreements.MaxAsync(x => x.FiscalYear, cancellationToken).ConfigureAwait(false),
        ];

        DateOnly?[] starts = [firstEvent, .. firstYears.Select(y => y is { } year ? new DateOnly(year, 1, 1) : (DateOnly?)null)];
        DateOnly?[] ends = [lastEvent, .. lastYears.Select(y => y is { } year ? new DateOnly(year, 12, 31) : (DateOnly?)null)];
        return new TemporalCoverage(starts.Min(), ends.Max());
    }
}
