using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

public sealed class PolicyType : ObjectGraphType<Policy>
{
    public PolicyType()
    {
        Name = "Policy";
        Description = "Una política transversal de un plan, citada textualmente.";
        this.Identity("la política");
        Field(x => x.Position).Description("Lugar de la política en la lista del plan (desde 1).");
        Field(x => x.Name).Description("Nombre de la política (por ejemplo, Igualdad de género).");
        Field(x => x.Text).Description("Texto oficial de la política, citado textualmente.");
        Field<NonNullGraphType<PlanType>>("plan").Description("Plan que establece la política.").ResolveBatchReference(x => x.Plan);
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
