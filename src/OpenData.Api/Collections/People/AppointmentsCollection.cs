using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.Institutions;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.People;

/// <summary>The appointments collection as the API publishes it: its declaration, then its GraphQL type (<see cref="AppointmentType"/>).</summary>
internal static class AppointmentsCollection
{
    public static ApiCollection<Appointment, AppointmentType> Declaration { get; } = new("Cargos")
    {
        Root = new("Cargos públicos con los años que las fuentes atestiguan.", "un cargo"),
        Columns =
        [
            Columns.Id<Appointment>(),
            Columns.Ref<Appointment>("person", x => x.PersonId),
            Columns.Text<Appointment>("role", x => x.Role),
            Columns.Text<Appointment>("organisation", x => x.Organisation),
            Columns.Ref<Appointment>("institution", x => x.InstitutionId),
            Columns.Ints<Appointment>("attestedYears", x => x.AttestedYears),
            .. Columns.PartialDate<Appointment>("startedOn", x => x.StartedOn),
            .. Columns.PartialDate<Appointment>("endedOn", x => x.EndedOn),
            Columns.Note<Appointment>(x => x.Note),
            Columns.Sources<Appointment>(),
        ],
        Search = new("Cargos públicos: cargo, organismo y notas.", x => new(x.Role, x.Organisation, x.Note)),
    };
}

public sealed class AppointmentType : RecordGraphType<Appointment>
{
    public AppointmentType()
    {
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
