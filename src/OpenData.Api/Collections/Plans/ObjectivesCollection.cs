using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Plans;

/// <summary>The objectives collection as the API publishes it.</summary>
internal static class ObjectivesCollection
{
    public static ApiCollection<Objective, ObjectiveType> Declaration { get; } = new("Objetivos de los planes")
    {
        Root = new("Objetivos institucionales, con su texto oficial.", "un objetivo"),
        Columns =
        [
            Columns.Id<Objective>(),
            Columns.Ref<Objective>("plan", x => x.PlanId),
            Columns.Ref<Objective>("institution", x => x.InstitutionId),
            Columns.Int<Objective>("position", x => x.Position),
            Columns.Text<Objective>("text", x => x.Text),
            Columns.Note<Objective>(x => x.Note),
            Columns.Sources<Objective>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Objetivos de los planes: su texto oficial y notas.", x => new(x.Text, x.Note)),
    };
}
