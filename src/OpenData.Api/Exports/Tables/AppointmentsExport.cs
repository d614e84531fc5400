using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class AppointmentsExport
{
    public static IExportTable Table { get; } = new ExportTable<Appointment>(DatasetCollections.All.Of<Appointment>().Name, "Cargos",
        db => db.Appointments.Include(x => x.Sources),
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
    ]);
}
