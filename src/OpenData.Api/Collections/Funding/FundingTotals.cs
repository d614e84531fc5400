using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Errors;

namespace OpenData.Api.Collections.Funding;

/// <summary>
/// Computes <c>fundingTotals</c>: amounts are added only within one measure (a budget never with money spent), a share
/// never with its whole (shares are left out, or given rows of their own when asked), and a record of a range of years
/// only with records of the same range. A record whose measure is not stated, or (by period) whose year is not stated,
/// is a row of its own. Each row says how exact its sum is and how many records state no amount.
/// </summary>
internal static class FundingTotals
{
    /// <summary>The most rows one answer may hold (as groupedAggregates' limit): beyond it, TOO_MANY_GROUPS, found early.</summary>
    public const int MaxRows = 1000;

    private const string Coordinate = "Query.fundingTotals";

    private sealed record Row(string Id, MoneyMeasure Measure, string? PartOfId, int? FiscalYear, int? FiscalYearEnd, string? ProgramId, string? Recipient, decimal? Amount, AmountQualifier AmountQualifier);

    private readonly record struct Key(MoneyMeasure Measure, bool Share, int? FiscalYear, int? FiscalYearEnd, string? ProgramId, string? Recipient, string? Only);

    public static async Task<IReadOnlyList<FundingTotal>> ComputeAsync(
        OpenDataDbContext db, IReadOnlyCollection<FundingTotalGroup> groupBy, IReadOnlyCollection<MoneyMeasure>? measures, bool includeShares,
        CancellationToken cancellationToken)
    {
        IQueryable<FundingRecord> records = db.Set<FundingRecord>().AsNoTracking();
        if (measures is { Count: > 0 })
        {
            var wanted = measures.ToList();
            records = records.Where(r => wanted.Contains(r.Measure));
        }

        if (!includeShares)
        {
            records = records.Where(r => r.PartOfId == null);
        }

        var byPeriod = groupBy.Contains(FundingTotalGroup.FiscalPeriod);
        var byProgram = groupBy.Contains(FundingTotalGroup.Program);
        var byRecipient = groupBy.Contains(FundingTotalGroup.Recipient);
        var groups = new Dictionary<Key, List<Row>>();
        var rows = records
            .OrderBy(r => r.Id)
            .Select(r => new Row(r.Id, r.Measure, r.PartOfId, r.FiscalYear, r.FiscalYearEnd, r.ProgramId, r.Recipient, r.Amount, r.AmountQualifier))
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var key = new Key(
                row.Measure,
                row.PartOfId is not null,
                byPeriod ? row.FiscalYear : null,
                byPeriod ? row.FiscalYearEnd : null,
                byProgram ? row.ProgramId : null,
                byRecipient ? row.Recipient : null,
                StandsAlone(row, byPeriod) ? row.Id : null);
            if (!groups.TryGetValue(key, out var members))
            {
                members = [];
                groups.Add(key, members);
                if (groups.Count > MaxRows)
                {
                    throw new DataError(
                        DataErrorCodes.TooManyGroups,
                        $"Los totales darían más de {MaxRows} filas: filtre con `measures` o agrupe por menos campos.",
                        new Dictionary<string, object?> { ["coordinate"] = Coordinate, ["maxGroups"] = MaxRows });
                }
            }

            members.Add(row);
        }

        return [.. groups
            .OrderBy(g => g.Key.FiscalYear is null)
            .ThenBy(g => g.Key.FiscalYear)
            .ThenBy(g => g.Key.FiscalYearEnd)
            .ThenBy(g => g.Key.Measure)
            .ThenBy(g => g.Key.Share)
            .ThenBy(g => g.Key.ProgramId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Recipient, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Only, StringComparer.Ordinal)
            .Select(g => Total(g.Key, g.Value, byPeriod))];
    }

    /// <summary>
    /// A record that is never added to others: one whose source does not say what its amount measures, and, when
    /// totals are by period, one whose source gives no year (records of unknown years may be of different years).
    /// </summary>
    private static bool StandsAlone(Row row, bool byPeriod) =>
        row.Measure == MoneyMeasure.NotStated || (byPeriod && row.FiscalYear is null);

    private static FundingTotal Total(Key key, List<Row> members, bool byPeriod)
    {
        var stated = members.Where(m => m.Amount is not null).ToList();
        var amount = stated.Count == 0 ? (decimal?)null : stated.Sum(m => m.Amount!.Value);
        var qualifier = stated.Count == 0 ? AmountQualifier.NotStated
            : stated.Any(m => m.AmountQualifier == AmountQualifier.Approximate) ? AmountQualifier.Approximate
            : stated.Count < members.Count || stated.Any(m => m.AmountQualifier == AmountQualifier.AtLeast) ? AmountQualifier.AtLeast
            : AmountQualifier.Exact;
        return new FundingTotal(
            Label(key, byPeriod), key.Measure, key.Share, key.FiscalYear, key.FiscalYearEnd, key.ProgramId, key.Recipient,
            amount, qualifier, members.Count, members.Count - stated.Count, [.. members.Select(m => m.Id)]);
    }

    /// <summary>"Presupuesto asignado en 2006", "Dinero ejercido en 2021–2022", "Partes de otros registros: presupuesto asignado, sin año en la fuente".</summary>
    internal static string Label(MoneyMeasure measure, bool share, int? fiscalYear, int? fiscalYearEnd, bool byPeriod, string? programId = null, string? recipient = null, string? only = null)
    {
        var what = MeasureLabel(measure);
        var text = share ? "Partes de otros registros: " + char.ToLowerInvariant(what[0]) + what[1..] : what;
        if (byPeriod)
        {
            text += fiscalYear is null ? ", sin año en la fuente"
                : fiscalYearEnd is null || fiscalYearEnd == fiscalYear ? string.Create(CultureInfo.InvariantCulture, $" en {fiscalYear}")
                : string.Create(CultureInfo.InvariantCulture, $" en {fiscalYear}–{fiscalYearEnd}");
        }

        if (programId is not null)
        {
            text += $", programa {programId}";
        }

        if (recipient is not null)
        {
            text += $", para {recipient}";
        }

        if (only is not null)
        {
            text += $" (solo el registro {only}, que no se suma a otros)";
        }

        return text;
    }

    private static string Label(Key key, bool byPeriod) =>
        Label(key.Measure, key.Share, key.FiscalYear, key.FiscalYearEnd, byPeriod, key.ProgramId, key.Recipient, key.Only);

    /// <summary>The Spanish name of the kind of total each measure gives.</summary>
    public static string MeasureLabel(MoneyMeasure measure) => measure switch
    {
        MoneyMeasure.Budget => "Presupuesto asignado",
        MoneyMeasure.ProposedIncrease => "Incremento propuesto en un proyecto de presupuesto",
        MoneyMeasure.Transfer => "Subsidios y transferencias",
        MoneyMeasure.Announced => "Montos anunciados (sin saber si se asignaron o ejercieron)",
        MoneyMeasure.Spent => "Dinero ejercido",
        MoneyMeasure.NotSpent => "Dinero no ejercido",
        MoneyMeasure.Returned => "Dinero devuelto",
        MoneyMeasure.OutstandingLoans => "Saldo de préstamos vigentes",
        MoneyMeasure.Prize => "Premios",
        MoneyMeasure.NotStated => "Monto del que la fuente no dice qué mide",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
