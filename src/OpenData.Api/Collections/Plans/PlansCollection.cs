using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Plans;

/// <summary>Plans; their objectives and policies are downloads of their own (each row names its plan).</summary>
internal static class PlansCollection
{
    public static ApiCollection<Plan, PlanType> Declaration { get; } = new("Planes")
    {
        Root = new("Planes de gobierno (por ejemplo, el PED 2016-2022).", "un plan"),
        Columns =
        [
            Columns.Id<Plan>(),
            Columns.Text<Plan>("name", x => x.Name),
            Columns.Enum<Plan, Jurisdiction>("jurisdiction", x => x.Jurisdiction),
            Columns.Int<Plan>("periodStartYear", x => x.PeriodStartYear),
            Columns.Int<Plan>("periodEndYear", x => x.PeriodEndYear),
            Columns.Text<Plan>("summary", x => x.Summary),
            Columns.Note<Plan>(x => x.Note),
            Columns.Sources<Plan>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Planes de gobierno: nombre, resumen y notas.", x => new(x.Name, x.Summary, x.Note)),
    };
}
