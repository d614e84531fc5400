using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Institutions;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

public sealed class ObjectiveType : ObjectGraphType<Objective>
{
    public ObjectiveType()
    {
        Name = "Objective";
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
