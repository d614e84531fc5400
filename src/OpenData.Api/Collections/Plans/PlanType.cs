using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

public sealed class PlanType : ObjectGraphType<Plan>
{
    public PlanType()
    {
        Name = "Plan";
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
