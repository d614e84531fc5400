using GraphQL;
using GraphQL.Types;
using OpenData.Api.Schema.Agreements;
using OpenData.Api.Schema.Centres;
using OpenData.Api.Schema.Conflicts;
using OpenData.Api.Schema.Dataset;
using OpenData.Api.Schema.Funding;
using OpenData.Api.Schema.Glossary;
using OpenData.Api.Schema.History;
using OpenData.Api.Schema.Institutions;
using OpenData.Api.Schema.Legal;
using OpenData.Api.Schema.Municipalities;
using OpenData.Api.Schema.Nodes;
using OpenData.Api.Schema.People;
using OpenData.Api.Schema.Plans;
using OpenData.Api.Schema.Programs;
using OpenData.Api.Schema.Releases;
using OpenData.Api.Schema.Sources;
using OpenData.Api.Search;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Collections;

namespace OpenData.Api.Schema;

/// <summary>The query root: one paged collection per kind of record, a by-id field per type, node lookups and the dataset.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Consultas de los datos abiertos del Instituto Estatal de las Mujeres (IEM) de Durango. Solo lectura; cada dato trae sus fuentes.";

        Collection<Institution, InstitutionType>("institutions", "Instituciones (el IEM y su antecesor).", db => db.Institutions);
        Collection<HistoryEvent, HistoryEventType>("historyEvents", "Hechos históricos con fecha, categoría, municipios y leyes relacionadas.", db => db.HistoryEvents);
        Collection<LegalInstrument, LegalInstrumentType>("legalInstruments", "Leyes, decretos, reformas, reglas de operación e iniciativas.", db => db.LegalInstruments);
        Collection<Plan, PlanType>("plans", "Planes de gobierno (por ejemplo, el PED 2016-2022).", db => db.Plans);
        Collection<Objective, ObjectiveType>("objectives", "Objetivos institucionales, con su texto oficial.", db => db.Objectives);
        Collection<Policy, PolicyType>("policies", "Políticas transversales de los planes, con su texto oficial.", db => db.Policies);
        Collection<Person, PersonType>("people", "Personas titulares de cargos públicos.", db => db.People);
        Collection<Appointment, AppointmentType>("appointments", "Cargos públicos con los años que las fuentes atestiguan.", db => db.Appointments);
        Collection<PublicProgram, ProgramType>("programs", "Programas públicos relacionados con el IEM.", db => db.Programs);
        this.Collection<OpenDataDbContext, FundingRecord, FundingRecordType>(
            "fundingRecords", "Dinero público por año (MXN), como tabla paginada por desplazamiento (skip/take).", db => db.FundingRecords,
            options => options.UseOffsetPaging().UpdatedSince("FundingRecord"));
        this.AddFundingTotals();
        Collection<Agreement, AgreementType>("agreements", "Convenios con sus partes y firmantes.", db => db.Agreements);
        Collection<Municipality, MunicipalityType>("municipalities", "Municipios de Durango y su situación ante la AVGM.", db => db.Municipalities);
        Collection<Centre, CentreType>("centres", "Centros de atención: CDM, CAI, Centros de Justicia, refugios y oficinas.", db => db.Centres);
        Collection<Source, SourceType>("sources", "Fuentes públicas que respaldan los datos.", db => db.Sources);
        Collection<Conflict, ConflictType>("conflicts", "Datos en disputa, con cada versión y sus fuentes.", db => db.Conflicts);
        Collection<GlossaryTerm, GlossaryTermType>("glossaryTerms", "Glosario de términos y siglas.", db => db.GlossaryTerms);

        ById<InstitutionType>("institution", "Institution", "una institución; sin id, el Instituto Estatal de las Mujeres (IEM) de Durango", optional: true);
        ById<HistoryEventType>("historyEvent", "HistoryEvent", "un hecho histórico");
        ById<LegalInstrumentType>("legalInstrument", "LegalInstrument", "un instrumento jurídico");
        ById<PlanType>("plan", "Plan", "un plan");
        ById<ObjectiveType>("objective", "Objective", "un objetivo");
        ById<PolicyType>("policy", "Policy", "una política");
        ById<PersonType>("person", "Person", "una persona");
        ById<AppointmentType>("appointment", "Appointment", "un cargo");
        ById<ProgramType>("program", "Program", "un programa");
        ById<FundingRecordType>("fundingRecord", "FundingRecord", "un registro de dinero");
        ById<AgreementType>("agreement", "Agreement", "un convenio");
        ById<MunicipalityType>("municipality", "Municipality", "un municipio");
        ById<CentreType>("centre", "Centre", "un centro");
        ById<SourceType>("source", "Source", "una fuente");
        ById<ConflictType>("conflict", "Conflict", "un conflicto");
        ById<GlossaryTermType>("glossaryTerm", "GlossaryTerm", "un término del glosario");

        Field<NodeInterface>("node")
            .Description("Cualquier registro por su identificador global (convención Relay). Nulo si no existe.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Identificador global: base64 de «Tipo:slug».")
            .Resolve(context => NodeLoaders.LoadGlobal(context, context.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Varios registros por sus identificadores globales, en el mismo orden; nulo en la posición de uno que no existe (máximo 100).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Identificadores globales (máximo 100).")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new ExecutionError($"Se pidieron {ids.Count} nodos; el máximo es 100.") { Code = Errors.ApiErrorCodes.TooManyNodes };
                }

                var pending = ids.Select(id => NodeLoaders.LoadGlobal(context, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var item in pending)
                {
                    results.Add(item is global::GraphQL.DataLoader.IDataLoaderResult loader
                        ? await loader.GetResultAsync(context.CancellationToken)
                        : item);
                }

                return results;
            });

        this.SearchField();
        this.ReleaseFields();

        Field<NonNullGraphType<DatasetType>>("dataset")
            .Description("El conjunto de datos: versión, fecha de construcción, conteos, licencia y cita.")
            .ResolveAsync(async context =>
                await context.RequestServices!.GetRequiredService<DatasetMetadata>().GetAsync(context.CancellationToken));
    }

    private void Collection<TEntity, TGraph>(string name, string description, Func<OpenDataDbContext, IQueryable<TEntity>> source)
        where TEntity : class, IRecord
        where TGraph : IGraphType =>
        this.Collection<OpenDataDbContext, TEntity, TGraph>(name, description, source,
            options => options.UpdatedSince(typeof(TEntity) == typeof(PublicProgram) ? "Program" : typeof(TEntity).Name));

    private void ById<TGraph>(string name, string typeName, string what, bool optional = false)
        where TGraph : IGraphType
    {
        var field = Field<TGraph>(name)
            .Description($"Busca {what} por su slug (por ejemplo, el de las descargas) o por su identificador global. Nulo si no existe.");
        if (optional)
        {
            field.Argument<IdGraphType>("id", "Slug o identificador global; por omisión, el IEM.")
                .Resolve(context => NodeLoaders.LoadByIdOrSlug(context, typeName, context.GetArgument<string?>("id") ?? DefaultInstitution));
        }
        else
        {
            field.Argument<NonNullGraphType<IdGraphType>>("id", "Slug o identificador global.")
                .Resolve(context => NodeLoaders.LoadByIdOrSlug(context, typeName, context.GetArgument<string>("id")));
        }
    }

    /// <summary>The slug of the IEM in seed/institutions.yaml.</summary>
    public const string DefaultInstitution = "iem-durango";
}
