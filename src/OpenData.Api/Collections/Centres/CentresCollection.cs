using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Centres;

/// <summary>The centres collection as the API publishes it.</summary>
internal static class CentresCollection
{
    public static ApiCollection<Centre, CentreType> Declaration { get; } = new("Centros de atención")
    {
        Root = new("Centros de atención: CDM, CAI, Centros de Justicia, refugios y oficinas.", "un centro"),
        Columns =
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
        ],
        ExportIncludes = records => records.Include(x => x.MunicipalitiesServed).Include(x => x.Sources),
        Search = new("Centros de atención: nombre, operador, domicilio, resumen y notas.", x => new(x.Name, x.Operator, x.Address, x.Summary, x.Note)),
    };
}
