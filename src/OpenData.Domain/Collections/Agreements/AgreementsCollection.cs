using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Agreements
{
    /// <summary>Agreements the institute signed (money transfers, cooperation): <c>agreements.yaml</c>, signatories nested.</summary>
    internal sealed class AgreementsCollection() : CollectionDeclaration<Agreement>("agreements")
    {
        internal override FieldSpec<Agreement>[] Fields(Fields<Agreement> f) =>
        [
            f.Text("code", (r, v) => r.Code = v),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.TextList("parties", r => r.Parties),
            f.Year("fiscalYear", (r, v) => r.FiscalYear = v),
            f.Date("signedOn", (r, d) => r.SignedOn = d),
            f.Money("amount", (r, v) => r.Amount = v),
            f.Enum<AmountQualifier>("amountQualifier", (r, v) => r.AmountQualifier = v, required: true),
            f.Enum<MoneyMeasure>("measure", (r, v) => r.Measure = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Children<AgreementSignatory>("signatories", r => r.Signatories, (c, p) => c.AgreementId = p.Id),
            f.Sources(),
        ];

        internal override void Check(Agreement record, RecordScope scope) => RecordChecks.AmountMatchesQualifier(scope, record.AmountQualifier);

        /// <summary>A signatory is covered by its agreement's sources (known once references are resolved).</summary>
        internal override void CheckAcross(LoadContext context)
        {
            foreach (var agreement in context.Set.Records<Agreement>())
            {
                foreach (var signatory in agreement.Signatories)
                {
                    signatory.Sources = [.. agreement.Sources];
                }
            }
        }

        internal override Expression<Func<Agreement, object?>>[] SortedBy => [x => x.Title, x => x.FiscalYear, x => x.SignedOn!.Value.Start, x => x.Measure];

        internal override void Configure(EntityTypeBuilder<Agreement> entity)
        {
            entity.Property(x => x.Amount).HasColumnName("AmountCents");
            entity.HasMany(x => x.Signatories).WithOne(x => x.Agreement).HasForeignKey(x => x.AgreementId);
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A convenio: its parties, signatories and amount where sourced.</summary>
    public sealed class Agreement : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string? Code { get; set; }
        public string Title { get; set; } = "";
        public List<string> Parties { get; set; } = [];
        public int? FiscalYear { get; set; }
        public PartialDate? SignedOn { get; set; }
        public decimal? Amount { get; set; }
        public AmountQualifier AmountQualifier { get; set; }

        /// <summary>What the amount measures (for a convenio, usually the subsidy it grants).</summary>
        public MoneyMeasure Measure { get; set; }
        public string? Note { get; set; }
        public List<AgreementSignatory> Signatories { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
