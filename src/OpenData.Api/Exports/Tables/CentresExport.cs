using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class CentresExport
{
    public static IExportTable Table { get; } = new ExportTable<Centre>(DatasetCollections.All.Of<Centre>().Name, "Centros de atención",
        db => db.Centres.Include(x => x.MunicipalitiesServed).Include(x => x.Sources),
    [
        Columns.Id<Centre>(),
        Columns.Enum<Centre, CentreKind>("kind", x => x.Kind),
        Columns.Text<Centre>("name", x => x.Name),
        Columns.Ref<Centre>("municipality", x => x.MunicipalityId),
        Columns.Refs<Centre, Municipality>("municipalitiesServed", x => x.MunicipalitiesServed),
        Columns.Text<Centre>("operator", x => x.Operator),
        Columns.Text<Centre>("address", x => x.Address),
        Columns.Text<Centre>("phone", x => x.Phone),
        .. Columns.PartialDate<Centre>("openedOn", x => x.OpenedOn),
        .. Columns.PartialDate<Centre>("closedOn", x => x.ClosedOn),
        Columns.Text<Centre>("summary", x => x.Summary),
        Columns.Note<Centre>(x => x.Note),
        Columns.Sources<Centre>(),
    ]);
}
