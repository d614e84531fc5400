using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Plans;

/// <summary>The policies collection as the API publishes it: its declaration, then its GraphQL type (<see cref="PolicyType"/>).</summary>
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
        Search = new("Políticas transversales: nombre, texto oficial y notas.", x => new(x.Name, x.Text, x.Note)),
    };
}

public sealed class PolicyType : RecordGraphType<Policy>
{
    public PolicyType()
    {
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
