using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.People;

/// <summary>The appointments collection as the API publishes it.</summary>
internal static class AppointmentsCollection
{
    public static ApiCollection<Appointment, AppointmentType> Declaration { get; } = new("Cargos")
    {
        Root = new("Cargos públicos con los años que las fuentes atestiguan.", "un cargo"),
        Columns =
        [
            Columns.Id<Appointment>(),
            Columns.Ref<Appointment>("person", x => x.PersonId),
            Columns.Text<Appointment>("role", x => x.Role),
            Columns.Text<Appointment>("organisation", x => x.Organisation),
            Columns.Ref<Appointment>("institution", x => x.InstitutionId),
            Columns.Ints<Appointment>("attestedYears", x => x.AttestedYears),
            .. Columns.PartialDate<Appointment>("startedOn", x => x.StartedOn),
            .. Columns.PartialDate<Appointment>("endedOn", x => x.EndedOn),
            Columns.Note<Appointment>(x => x.Note),
            Columns.Sources<Appointment>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Cargos públicos: cargo, organismo y notas.", x => new(x.Role, x.Organisation, x.Note)),
    };
}
