using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;

namespace OpenData.Api.Exports.Tables;

/// <summary>Former names of institutions (the `formerNames` of an institution), one row each.</summary>
internal static class InstitutionNamesExport
{
    public static IExportTable Table { get; } = new ExportTable<InstitutionName>(SeedCollections.InstitutionNames, "Nombres anteriores de instituciones",
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
