using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class MunicipalitiesExport
{
    public static IExportTable Table { get; } = new ExportTable<Municipality>(DatasetCollections.All.Of<Municipality>().Name, "Municipios",
        db => db.Municipalities.Include(x => x.Sources),
    [
        Columns.Id<Municipality>(),
        Columns.Text<Municipality>("name", x => x.Name),
        Columns.Text<Municipality>("inegiCode", x => x.InegiCode),
        Columns.Bool<Municipality>("genderAlert", x => x.GenderAlert),
        .. Columns.PartialDate<Municipality>("genderAlertDeclaredOn", x => x.GenderAlertDeclaredOn),
        Columns.Note<Municipality>(x => x.Note),
        Columns.Sources<Municipality>(),
    ]);
}
