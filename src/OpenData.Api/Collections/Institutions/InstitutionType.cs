using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.History;
using OpenData.Api.Collections.Legal;
using OpenData.Api.Collections.People;
using OpenData.Api.Collections.Plans;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Institutions;

public sealed class InstitutionType : ObjectGraphType<Institution>
{
    public InstitutionType()
    {
        Name = "Institution";
        Description = "Una institución pública; el conjunto de datos se centra en el Instituto Estatal de las Mujeres (IEM) de Durango.";
        this.Identity("la institución");
        Field(x => x.Name).Description("Nombre oficial actual.");
        Field(x => x.Acronym, nullable: true).Description("Siglas.");
        Field(x => x.StateName, nullable: true).Description("Entidad federativa.");
        Field(x => x.StateInegiCode, nullable: true).Description("Clave INEGI de la entidad, solo si una fuente la da.");
        Field(x => x.Classification, nullable: true).Description("Clasificación tal como la da la fuente (por ejemplo, IMEF / MAM).");
        this.PartialDate(x => x.FoundedOn, "Fecha de creación");
        Field<LegalInstrumentType>("foundingInstrument").Description("Instrumento jurídico que la creó.")
            .ResolveBatchReference(x => x.FoundingInstrument);
        Field(x => x.Mission, nullable: true).Description("Misión, citada textualmente de la fuente oficial.");
        Field(x => x.Vision, nullable: true).Description("Visión, citada textualmente de la fuente oficial.");
        Field(x => x.Address, nullable: true).Description("Domicilio, solo donde una fuente lo da.");
        Field(x => x.Phone, nullable: true).Description("Teléfono(s), solo donde una fuente los da.");
        this.NoteField(x => x.Note);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionNameType>>>>("formerNames")
            .Description("Nombres anteriores, con su periodo solo si una fuente lo fecha.")
            .ResolveBatch(x => x.FormerNames)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEventType>>>>("history")
            .Description("Hechos históricos de la institución, del más antiguo al más reciente.")
            .ResolveBatchByKey<Institution, HistoryEvent>(e => e.InstitutionId, orderBy: e => e.Date.Start)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ObjectiveType>>>>("objectives")
            .Description("Objetivos institucionales en su orden (texto oficial del plan que los fija).")
            .ResolveBatchByKey<Institution, Objective>(o => o.InstitutionId, orderBy: o => o.Position)
            .AsRelationList();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentType>>>>("appointments")
            .Description("Cargos públicos en la institución (titulares), con los años que cada fuente atestigua.")
            .ResolveBatchByKey<Institution, Appointment>(a => a.InstitutionId)
            .AsRelationList();
        this.SourcesField();
        this.ConflictsField();
    }
}
