using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Municipalities;

/// <summary>Durango's municipalities, with the gender alert: <c>municipalities.yaml</c>.</summary>
internal sealed class MunicipalitiesCollection() : CollectionDeclaration<Municipality>("municipalities")
{
    internal override FieldSpec<Municipality>[] Fields(Fields<Municipality> f) =>
    [
        f.Text("name", (r, v) => r.Name = v, required: true),
        f.Text("inegiCode", (r, v) => r.InegiCode = v),
        f.Bool("genderAlert", (r, v) => r.GenderAlert = v, required: true),
        f.Date("genderAlertDeclaredOn", (r, d) => r.GenderAlertDeclaredOn = d),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override Expression<Func<Municipality, object?>>[] SortedBy => [x => x.Name, x => x.GenderAlert, x => x.GenderAlertDeclaredOn!.Value.Start];
}
