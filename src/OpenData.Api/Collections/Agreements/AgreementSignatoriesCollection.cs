using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.People;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Agreements;

/// <summary>Who signed each agreement (the `signatories` of an agreement), one row each; with the agreement's sources, which cover it. Its GraphQL type (<see cref="AgreementSignatoryType"/>) follows.</summary>
internal static class AgreementSignatoriesCollection
{
    public static ApiCollection<AgreementSignatory, AgreementSignatoryType> Declaration { get; } = new("Firmantes de convenios")
    {
        Columns =
        [
            Columns.Id<AgreementSignatory>(),
            Columns.Ref<AgreementSignatory>("agreement", x => x.AgreementId),
            Columns.Ref<AgreementSignatory>("person", x => x.PersonId),
            Columns.Text<AgreementSignatory>("role", x => x.Role),
            Columns.Text<AgreementSignatory>("party", x => x.Party),
            Columns.Note<AgreementSignatory>(x => x.Note),
            Columns.Sources<AgreementSignatory>(),
        ],
    };
}

public sealed class AgreementSignatoryType : RecordGraphType<AgreementSignatory>
{
    public AgreementSignatoryType()
    {
        Description = "Una firma de un convenio: quién firma y en qué papel. Sus fuentes son las del convenio.";
        this.Identity("la firma");
        Field(x => x.Role, nullable: true).Description("Cargo con el que firma.");
        Field(x => x.Party, nullable: true).Description("Parte del convenio por la que firma.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<PersonType>>("person").Description("La persona que firma.").ResolveBatchReference(x => x.Person);
        Field<NonNullGraphType<AgreementType>>("agreement").Description("El convenio firmado.").ResolveBatchReference(x => x.Agreement);
        this.SourcesField();
        this.ConflictsField();
    }
}
