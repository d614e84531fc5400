using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Agreements;

/// <summary>The agreements collection as the API publishes it.</summary>
internal static class AgreementsCollection
{
    public static ApiCollection<Agreement, AgreementType> Declaration { get; } = new("Convenios")
    {
        Root = new("Convenios con sus partes y firmantes.", "un convenio"),
        Columns =
        [
            Columns.Id<Agreement>(),
            Columns.Text<Agreement>("code", x => x.Code),
            Columns.Text<Agreement>("title", x => x.Title),
            Columns.Texts<Agreement>("parties", x => x.Parties),
            Columns.Int<Agreement>("fiscalYear", x => x.FiscalYear),
            .. Columns.PartialDate<Agreement>("signedOn", x => x.SignedOn),
            Columns.Money<Agreement>("amount", x => x.Amount),
            Columns.Enum<Agreement, AmountQualifier>("amountQualifier", x => x.AmountQualifier),
            Columns.Enum<Agreement, MoneyMeasure>("measure", x => x.Measure),
            Columns.Refs<Agreement, AgreementSignatory>("signatories", x => x.Signatories),
            Columns.Note<Agreement>(x => x.Note),
            Columns.Sources<Agreement>(),
        ],
        ExportIncludes = records => records.Include(x => x.Signatories).Include(x => x.Sources),
        Search = new("Convenios: título, clave, partes y notas.", x => new(x.Title, [x.Code, .. x.Parties, x.Note])),
        Coverage = CollectionCoverage<Agreement>.Years(x => x.FiscalYear, x => x.FiscalYear),
    };
}
