using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Institutions;

/// <summary>An institution's former names, nested in <c>institutions.yaml</c> under <c>formerNames</c>.</summary>
internal sealed class InstitutionNamesCollection() : CollectionDeclaration<InstitutionName>("institutionNames")
{
    internal override FieldSpec<InstitutionName>[] Fields(Fields<InstitutionName> f) =>
    [
        f.Text("name", (r, v) => r.Name = v, required: true),
        f.Text("acronym", (r, v) => r.Acronym = v),
        f.Date("usedFrom", (r, d) => (r.UsedFrom, r.UsedFromPrecision, r.UsedFromStart, r.UsedFromEnd) = (d.Text, d.Precision, d.Start, d.End)),
        f.Date("usedUntil", (r, d) => (r.UsedUntil, r.UsedUntilPrecision, r.UsedUntilStart, r.UsedUntilEnd) = (d.Text, d.Precision, d.Start, d.End)),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Check(InstitutionName record, RecordScope scope) =>
        RecordChecks.NotBefore(scope, "usedUntil", record.UsedUntilEnd, "usedFrom", record.UsedFromStart);

    internal override Expression<Func<InstitutionName, object?>>[] SortedBy => [x => x.Name];
}
