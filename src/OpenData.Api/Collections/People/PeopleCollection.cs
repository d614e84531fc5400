using GraphQL.Types;
using OpenData.Api.Collections.Agreements;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.People;

/// <summary>People; their appointments are a download of their own (each row names its person). Its GraphQL type (<see cref="PersonType"/>) follows.</summary>
internal static class PeopleCollection
{
    public static ApiCollection<Person, PersonType> Declaration { get; } = new("Personas")
    {
        Root = new("Personas titulares de cargos públicos.", "una persona"),
        Columns =
        [
            Columns.Id<Person>(),
            Columns.Text<Person>("name", x => x.Name),
            Columns.Texts<Person>("alternateSpellings", x => x.AlternateSpellings),
            Columns.Note<Person>(x => x.Note),
            Columns.Sources<Person>(),
        ],
        Search = new("Personas: nombre, otras grafías del nombre y notas.", x => new(x.Name, [.. x.AlternateSpellings, x.Note])),
    };
}

public sealed class PersonType : RecordGraphType<Person>
{
    public PersonType()
    {
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
