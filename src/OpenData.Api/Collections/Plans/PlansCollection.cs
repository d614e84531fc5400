using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

/// <summary>Plans; their objectives and policies are downloads of their own (each row names its plan). Its GraphQL type (<see cref="PlanType"/>) follows.</summary>
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
        Search = new("Planes de gobierno: nombre, resumen y notas.", x => new(x.Name, x.Summary, x.Note)),
    };
}

public sealed class PlanType : RecordGraphType<Plan>
{
    public PlanType()
    {
        Description = "Un plan de gobierno (por ejemplo, el Plan Estatal de Desarrollo 2016-2022 de Durango).";
        this.Identity("el plan");
        Field(x => x.Name).Description("Nombre del plan.");
        Field(x => x.Jurisdiction, type: typeof(NonNullGraphType<JurisdictionGraphType>)).Description("Ámbito del plan.");
        Field(x => x.PeriodStartYear).Description("Primer año del periodo del plan.");
        Field(x => x.PeriodEndYear).Description("Último año del periodo del plan.");
        Field(x => x.Summary, nullable: true).Description("Resumen en redacción propia.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveType>>>>("objectives")
            .Description("Objetivos institucionales del plan, en su orden (texto oficial).")
            .ResolveBatch(x => x.Objectives, orderBy: o => o.Position)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyType>>>>("policies")
            .Description("Políticas transversales del plan, en su orden (texto oficial).")
            .ResolveBatch(x => x.Policies, orderBy: p => p.Position)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
