using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Plans;

/// <summary>The policies collection as the API publishes it.</summary>
internal static class PoliciesCollection
{
    public static ApiCollection<Policy, PolicyType> Declaration { get; } = new("Políticas transversales de los planes")
    {
        Root = new("Políticas transversales de los planes, con su texto oficial.", "una política"),
        Columns =
        [
            Columns.Id<Policy>(),
            Columns.Ref<Policy>("plan", x => x.PlanId),
            Columns.Int<Policy>("position", x => x.Position),
            Columns.Text<Policy>("name", x => x.Name),
            Columns.Text<Policy>("text", x => x.Text),
            Columns.Note<Policy>(x => x.Note),
            Columns.Sources<Policy>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Políticas transversales: nombre, texto oficial y notas.", x => new(x.Name, x.Text, x.Note)),
    };
}
