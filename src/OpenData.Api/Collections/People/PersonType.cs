using GraphQL.Types;
using OpenData.Api.Collections.Agreements;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.People;

public sealed class PersonType : ObjectGraphType<Person>
{
    public PersonType()
    {
        Name = "Person";
        Description = "Una persona que ocupa o ocupó un cargo público (solo titulares de cargos públicos).";
        this.Identity("la persona");
        Field(x => x.Name).Description("Nombre tal como lo escribe la fuente principal.");
        Field(x => x.AlternateSpellings).Description("Otras grafías del nombre que imprimen las fuentes.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("appointments")
            .Description("Cargos que las fuentes le atribuyen.")
            .ResolveBatch(x => x.Appointments)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementSignatoryType>>>>("signatures")
            .Description("Convenios que firmó, con el papel en que firmó.")
            .ResolveBatchByKey<Person, AgreementSignatory>(s => s.PersonId)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
