using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Appointments;

/// <summary>Who held which post, when: <c>appointments.yaml</c>.</summary>
internal sealed class AppointmentsCollection() : CollectionDeclaration<Appointment>("appointments")
{
    internal override FieldSpec<Appointment>[] Fields(Fields<Appointment> f) =>
    [
        f.Ref<Person>("personId", (r, v) => r.PersonId = v, required: true),
        f.Text("role", (r, v) => r.Role = v, required: true),
        f.Text("organisation", (r, v) => r.Organisation = v, required: true),
        f.Ref<Institution>("institutionId", (r, v) => r.InstitutionId = v),
        f.YearList("attestedYears", r => r.AttestedYears),
        f.Date("startedOn", (r, d) => (r.StartedOn, r.StartedOnPrecision, r.StartedOnStart, r.StartedOnEnd) = (d.Text, d.Precision, d.Start, d.End)),
        f.Date("endedOn", (r, d) => (r.EndedOn, r.EndedOnPrecision, r.EndedOnStart, r.EndedOnEnd) = (d.Text, d.Precision, d.Start, d.End)),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Check(Appointment record, RecordScope scope) =>
        RecordChecks.NotBefore(scope, "endedOn", record.EndedOnEnd, "startedOn", record.StartedOnStart);

    internal override Expression<Func<Appointment, object?>>[] SortedBy => [x => x.Role, x => x.StartedOnStart];
}
