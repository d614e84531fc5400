using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.FundingRecords;

/// <summary>Public money (budgets, transfers, spending), some records shares of others: <c>fundingRecords.yaml</c>.</summary>
internal sealed class FundingRecordsCollection() : CollectionDeclaration<FundingRecord>("fundingRecords")
{
    internal override FieldSpec<FundingRecord>[] Fields(Fields<FundingRecord> f) =>
    [
        f.Ref<PublicProgram>("programId", (r, v) => r.ProgramId = v),
        f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
        f.Ref<Agreement>("agreementId", (r, v) => r.AgreementId = v),
        f.Year("fiscalYear", (r, v) => r.FiscalYear = v),
        f.Year("fiscalYearEnd", (r, v) => r.FiscalYearEnd = v),
        f.Money("amount", (r, v) => r.Amount = v),
        f.Enum<AmountQualifier>("amountQualifier", (r, v) => r.AmountQualifier = v, required: true),
        f.Enum<MoneyMeasure>("measure", (r, v) => r.Measure = v, required: true),
        f.Ref<FundingRecord>("partOfId", (r, v) => r.PartOfId = v),
        f.Text("purpose", (r, v) => r.Purpose = v, required: true),
        f.Text("recipient", (r, v) => r.Recipient = v),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Check(FundingRecord record, RecordScope scope)
    {
        RecordChecks.AmountMatchesQualifier(scope, record.AmountQualifier);
        RecordChecks.FiscalYearRange(scope, record.FiscalYear, record.FiscalYearEnd);
        RecordChecks.NotPartOfItself(scope, record.Id, record.PartOfId);
    }

    internal override void CheckAcross(LoadContext context) => FundingShares.Check(context, this);

    internal override Expression<Func<FundingRecord, object?>>[] SortedBy => [x => x.FiscalYear, x => x.Amount, x => x.AmountQualifier, x => x.Measure];

    internal override void Configure(EntityTypeBuilder<FundingRecord> entity)
    {
        entity.Property(x => x.Amount).HasColumnName("AmountCents");
        entity.HasOne(x => x.PartOf).WithMany(x => x.Parts).HasForeignKey(x => x.PartOfId);
    }
}
