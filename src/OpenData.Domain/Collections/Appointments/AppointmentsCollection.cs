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
        f.Date("startedOn", (r, d) => r.StartedOn = d),
        f.Date("endedOn", (r, d) => r.EndedOn = d),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override void Check(Appointment record, RecordScope scope) =>
        RecordChecks.NotBefore(scope, "endedOn", record.EndedOn?.End, "startedOn", record.StartedOn?.Start);

    internal override Expression<Func<Appointment, object?>>[] SortedBy => [x => x.Role, x => x.StartedOn!.Value.Start];
}
