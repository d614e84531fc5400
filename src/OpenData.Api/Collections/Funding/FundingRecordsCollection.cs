using GraphQL.Types;
using OpenData.Api.Collections.Agreements;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Institutions;
using OpenData.Api.Collections.Programs;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Funding;

/// <summary>The fundingRecords collection as the API publishes it: its declaration, then its GraphQL type (<see cref="FundingRecordType"/>).</summary>
internal static class FundingRecordsCollection
{
    public static ApiCollection<FundingRecord, FundingRecordType> Declaration { get; } = new("Dinero público")
    {
        Root = new("Dinero público por año (MXN), como tabla paginada por desplazamiento (skip/take).", "un registro de dinero", OffsetPaged: true, MoreFields: query => query.AddFundingTotals()),
        Columns =
        [
            Columns.Id<FundingRecord>(),
            Columns.Ref<FundingRecord>("program", x => x.ProgramId),
            Columns.Ref<FundingRecord>("institution", x => x.InstitutionId),
            Columns.Ref<FundingRecord>("agreement", x => x.AgreementId),
            Columns.Int<FundingRecord>("fiscalYear", x => x.FiscalYear),
            Columns.Int<FundingRecord>("fiscalYearEnd", x => x.FiscalYearEnd),
            Columns.Money<FundingRecord>("amount", x => x.Amount),
            Columns.Enum<FundingRecord, AmountQualifier>("amountQualifier", x => x.AmountQualifier),
            Columns.Enum<FundingRecord, MoneyMeasure>("measure", x => x.Measure),
            Columns.Ref<FundingRecord>("partOf", x => x.PartOfId),
            Columns.Text<FundingRecord>("purpose", x => x.Purpose),
            Columns.Text<FundingRecord>("recipient", x => x.Recipient),
            Columns.Note<FundingRecord>(x => x.Note),
            Columns.Sources<FundingRecord>(),
        ],
        Search = new("Registros de dinero público: destino, beneficiario y notas.", x => new(x.Purpose, x.Recipient, x.Note)),
        Coverage = CollectionCoverage<FundingRecord>.Years(x => x.FiscalYear, x => x.FiscalYearEnd ?? x.FiscalYear),
    };
}

public sealed class FundingRecordType : RecordGraphType<FundingRecord>
{
    public FundingRecordType()
    {
        Description = "Dinero público de un año (o rango de años), en pesos mexicanos (MXN), con la precisión que da la fuente, lo que mide el monto (measure) y, si es una parte de otro registro, cuál (partOf).";
        this.Identity("el registro");
        Field(x => x.FiscalYear, nullable: true).Description("Ejercicio fiscal (año), si la fuente lo da.");
        Field(x => x.FiscalYearEnd, nullable: true).Description("Último año, cuando el registro cubre un rango de años.");
        Field(x => x.Amount, nullable: true).Description("Monto en MXN (decimal exacto). Vacío cuando la fuente no da monto (amountQualifier NOT_STATED).");
        Field(x => x.AmountQualifier, type: typeof(NonNullGraphType<AmountQualifierGraphType>)).Description("Precisión del monto según la fuente.");
        Field(x => x.Measure, type: typeof(NonNullGraphType<MoneyMeasureGraphType>)).Description("Qué mide el monto según la fuente: presupuesto asignado, subsidio o transferencia, gasto ejercido, no ejercido, devuelto… Montos de medidas distintas nunca se suman (ver fundingTotals).");
        Field<FundingRecordType>("partOf").Description("Si el monto es una parte de otro registro (de la misma medida), ese registro: la parte nunca se suma a su total. Nulo si no es una parte.").ResolveBatchReference(x => x.PartOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRecordType>>>>("parts")
            .Description("Los registros cuyos montos son partes de este (por ejemplo, lo que queda de un presupuesto para un programa). Vacío si no hay.")
            .ResolveBatchByKey<FundingRecord, FundingRecord>(f => f.PartOfId)
            .AsRelationList();
        Field(x => x.Purpose).Description("Para qué es el dinero, en redacción propia.");
        Field(x => x.Recipient, nullable: true).Description("Quién lo recibe, si la fuente lo dice.");
        Field<ProgramType>("program").Description("Programa al que pertenece, si la fuente lo nombra.").ResolveBatchReference(x => x.Program);
        Field<InstitutionType>("institution").Description("Institución relacionada.").ResolveBatchReference(x => x.Institution);
        Field<AgreementType>("agreement").Description("Convenio por el que se otorgó, si se conoce.").ResolveBatchReference(x => x.Agreement);
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
