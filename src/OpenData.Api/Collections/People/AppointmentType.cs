using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Institutions;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.People;

public sealed class AppointmentType : ObjectGraphType<Appointment>
{
    public AppointmentType()
    {
        Name = "Appointment";
        Description = "Un cargo público de una persona. Las fuentes suelen atestiguar años sueltos, no fechas de inicio y fin.";
        this.Identity("el cargo");
        Field(x => x.Role).Description("Cargo (por ejemplo, directora del IEM).");
        Field(x => x.Organisation).Description("Organismo donde se ejerce el cargo.");
        Field(x => x.AttestedYears).Description("Años en que alguna fuente muestra a la persona en el cargo.");
        this.PartialDate(x => x.StartedOn, "Inicio del cargo, solo si una fuente lo da");
        this.PartialDate(x => x.EndedOn, "Fin del cargo, solo si una fuente lo da");
        Field<NonNullGraphType<PersonType>>("person").Description("La persona.").ResolveBatchReference(x => x.Person);
        Field<InstitutionType>("institution").Description("La institución, cuando el cargo es en el IEM (o el antiguo IMD).")
            .ResolveBatchReference(x => x.Institution);
        this.NoteField(x => x.Note);
        this.SourcesField();
        this.ConflictsField();
    }
}
