using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Funding;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Agreements;

/// <summary>The agreements collection as the API publishes it: its declaration, then its GraphQL type (<see cref="AgreementType"/>).</summary>
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
        Search = new("Convenios: título, clave, partes y notas.", x => new(x.Title, [x.Code, .. x.Parties, x.Note])),
        Coverage = CollectionCoverage<Agreement>.Years(x => x.FiscalYear, x => x.FiscalYear),
    };
}

public sealed class AgreementType : RecordGraphType<Agreement>
{
    public AgreementType()
    {
        Description = "Un convenio (por ejemplo, de coordinación y adhesión para el subsidio de la AVGM), con sus partes y firmantes.";
        this.Identity("el convenio");
        Field(x => x.Code, nullable: true).Description("Clave o código del proyecto o convenio, tal como lo imprime la fuente.");
        Field(x => x.Title).Description("Título o descripción del convenio.");
        Field(x => x.Parties).Description("Partes del convenio.");
        Field(x => x.FiscalYear, nullable: true).Description("Ejercicio fiscal.");
        this.PartialDate(x => x.SignedOn, "Fecha de firma");
        Field(x => x.Amount, nullable: true).Description("Monto en MXN, si la fuente lo da.");
        Field(x => x.AmountQualifier, type: typeof(NonNullGraphType<AmountQualifierGraphType>)).Description("Precisión del monto según la fuente.");
        Field(x => x.Measure, type: typeof(NonNullGraphType<MoneyMeasureGraphType>)).Description("Qué mide el monto del convenio según la fuente (por ejemplo, el subsidio que otorga); NOT_STATED si la fuente no lo dice.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementSignatoryType>>>>("signatories")
            .Description("Personas que firman el convenio y en qué papel.")
            .ResolveBatch(x => x.Signatories)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRecordType>>>>("fundingRecords")
            .Description("Registros de dinero otorgado por este convenio, por año.")
            .ResolveBatchByKey<Agreement, FundingRecord>(f => f.AgreementId, orderBy: f => f.FiscalYear)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
