using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Institutions;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

/// <summary>The objectives collection as the API publishes it: its declaration, then its GraphQL type (<see cref="ObjectiveType"/>).</summary>
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
        Search = new("Objetivos de los planes: su texto oficial y notas.", x => new(x.Text, x.Note)),
    };
}

public sealed class ObjectiveType : RecordGraphType<Objective>
{
    public ObjectiveType()
    {
        Description = "Un objetivo institucional fijado por un plan, citado textualmente.";
        this.Identity("el objetivo");
        Field(x => x.Position).Description("Lugar del objetivo en la lista del plan (desde 1).");
        Field(x => x.Text).Description("Texto oficial del objetivo, citado textualmente.");
        Field<NonNullGraphType<PlanType>>("plan").Description("Plan que fija el objetivo.").ResolveBatchReference(x => x.Plan);
        Field<InstitutionType>("institution").Description("Institución a la que corresponde el objetivo.")
            .ResolveBatchReference(x => x.Institution);
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
