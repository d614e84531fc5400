using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Api.Collections.History;
using OpenData.Api.Collections.Legal;
using OpenData.Api.Collections.People;
using OpenData.Api.Collections.Plans;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Institutions;

/// <summary>The institutions collection as the API publishes it: its declaration, then its GraphQL type (<see cref="InstitutionType"/>).</summary>
internal static class InstitutionsCollection
{
    /// <summary>The slug of the IEM in seed/institutions.yaml: the institution the by-id field answers without an id.</summary>
    public const string DefaultInstitution = "iem-durango";

    public static ApiCollection<Institution, InstitutionType> Declaration { get; } = new("Instituciones")
    {
        Root = new("Instituciones (el IEM y su antecesor).", "una institución; sin id, el Instituto Estatal de las Mujeres (IEM) de Durango", DefaultSlug: DefaultInstitution),
        Columns =
        [
            Columns.Id<Institution>(),
            Columns.Text<Institution>("name", x => x.Name),
            Columns.Text<Institution>("acronym", x => x.Acronym),
            Columns.Text<Institution>("stateName", x => x.StateName),
            Columns.Text<Institution>("stateInegiCode", x => x.StateInegiCode),
            Columns.Text<Institution>("classification", x => x.Classification),
            .. Columns.PartialDate<Institution>("foundedOn", x => x.FoundedOn),
            Columns.Ref<Institution>("foundingInstrument", x => x.FoundingInstrumentId),
            Columns.Text<Institution>("mission", x => x.Mission),
            Columns.Text<Institution>("vision", x => x.Vision),
            Columns.Text<Institution>("address", x => x.Address),
            Columns.Text<Institution>("phone", x => x.Phone),
            Columns.Refs<Institution, InstitutionName>("formerNames", x => x.FormerNames),
            Columns.Note<Institution>(x => x.Note),
            Columns.Sources<Institution>(),
        ],
        Search = new("Instituciones: nombre, sigla, clasificación, misión, visión y notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Classification, x.Mission, x.Vision, x.Note)),
    };
}

public sealed class InstitutionType : RecordGraphType<Institution>
{
    public InstitutionType()
    {
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
