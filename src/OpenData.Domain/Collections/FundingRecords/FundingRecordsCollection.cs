using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.FundingRecords
{
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
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>
    /// Money (MXN) for a purpose in a fiscal year or range of years, as exactly as the source states it, with what the
    /// amount measures and, for a share, the record it is part of.
    /// </summary>
    public sealed class FundingRecord : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string? ProgramId { get; set; }
        public PublicProgram? Program { get; set; }
        public string? InstitutionId { get; set; }
        public Institution? Institution { get; set; }
        public string? AgreementId { get; set; }
        public Agreement? Agreement { get; set; }
        public int? FiscalYear { get; set; }
        public int? FiscalYearEnd { get; set; }
        public decimal? Amount { get; set; }
        public AmountQualifier AmountQualifier { get; set; }

        /// <summary>What the amount measures (budget, transfer, spent, returned...): amounts of different measures are never added.</summary>
        public MoneyMeasure Measure { get; set; }

        /// <summary>Set when this amount is a share of another record's amount (same measure): totals never add it to its whole.</summary>
        public string? PartOfId { get; set; }
        public FundingRecord? PartOf { get; set; }

        /// <summary>The records whose amounts are shares of this one (inverse of <see cref="PartOf"/>; not seeded).</summary>
        public List<FundingRecord> Parts { get => field ??= []; set; }
        public string Purpose { get; set; } = "";
        public string? Recipient { get; set; }
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
