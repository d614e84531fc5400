using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.People;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Agreements;

public sealed class AgreementSignatoryType : ObjectGraphType<AgreementSignatory>
{
    public AgreementSignatoryType()
    {
        Name = "AgreementSignatory";
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
