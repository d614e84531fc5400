using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class ObjectivesExport
{
    public static IExportTable Table { get; } = new ExportTable<Objective>(DatasetCollections.All.Of<Objective>().Name, "Objetivos de los planes",
        db => db.Objectives.Include(x => x.Sources),
    [
        Columns.Id<Objective>(),
        Columns.Ref<Objective>("plan", x => x.PlanId),
        Columns.Ref<Objective>("institution", x => x.InstitutionId),
        Columns.Int<Objective>("position", x => x.Position),
        Columns.Text<Objective>("text", x => x.Text),
        Columns.Note<Objective>(x => x.Note),
        Columns.Sources<Objective>(),
    ]);
}
