using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Municipalities;

/// <summary>The municipalities collection as the API publishes it.</summary>
internal static class MunicipalitiesCollection
{
    public static ApiCollection<Municipality, MunicipalityType> Declaration { get; } = new("Municipios")
    {
        Root = new("Municipios de Durango y su situación ante la AVGM.", "un municipio"),
        Columns =
        [
            Columns.Id<Municipality>(),
            Columns.Text<Municipality>("name", x => x.Name),
            Columns.Text<Municipality>("inegiCode", x => x.InegiCode),
            Columns.Bool<Municipality>("genderAlert", x => x.GenderAlert),
            .. Columns.PartialDate<Municipality>("genderAlertDeclaredOn", x => x.GenderAlertDeclaredOn),
            Columns.Note<Municipality>(x => x.Note),
            Columns.Sources<Municipality>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Municipios: nombre y notas.", x => new(x.Name, x.Note)),
    };
}
