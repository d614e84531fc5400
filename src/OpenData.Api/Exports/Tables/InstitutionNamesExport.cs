using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>Former names of institutions (the `formerNames` of an institution), one row each.</summary>
internal static class InstitutionNamesExport
{
    public static IExportTable Table { get; } = new ExportTable<InstitutionName>(DatasetCollections.All.Of<InstitutionName>().Name, "Nombres anteriores de instituciones",
        db => db.InstitutionNames.Include(x => x.Sources),
    [
        Columns.Id<InstitutionName>(),
        Columns.Ref<InstitutionName>("institution", x => x.InstitutionId),
        Columns.Text<InstitutionName>("name", x => x.Name),
        Columns.Text<InstitutionName>("acronym", x => x.Acronym),
        .. Columns.PartialDate<InstitutionName>("usedFrom", x => x.UsedFrom),
        .. Columns.PartialDate<InstitutionName>("usedUntil", x => x.UsedUntil),
        Columns.Note<InstitutionName>(x => x.Note),
        Columns.Sources<InstitutionName>(),
    ]);
}
