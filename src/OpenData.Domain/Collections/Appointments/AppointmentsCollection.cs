using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Appointments
{
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
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A post a person held, with the years sources attest and start/end only where a source gives them.</summary>
    public sealed class Appointment : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string PersonId { get; set; } = "";
        public Person? Person { get; set; }
        public string Role { get; set; } = "";
        public string Organisation { get; set; } = "";
        public string? InstitutionId { get; set; }
        public Institution? Institution { get; set; }
        public List<int> AttestedYears { get; set; } = [];
        public PartialDate? StartedOn { get; set; }
        public PartialDate? EndedOn { get; set; }
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
