using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Model;
using static OpenData.Api.Search.SearchDocument;

namespace OpenData.Api.Search;

/// <summary>
/// Every collection the search covers and the text it indexes. The title (weighted more in the ranking) is the
/// record's name or title; the body holds its descriptive text: summaries, mission and vision, official texts,
/// definitions and notes.
/// </summary>
internal static class SearchableCollections
{
    public static IReadOnlyList<SearchableCollection> All { get; } =
    [
        SearchableCollection.Of<Institution>("INSTITUTION", "Institution", "Instituciones: nombre, sigla, clasificación, misión, visión y notas.",
            db => db.Institutions, x => Of("Institution", x.Id, WithAcronym(x.Name, x.Acronym), x.Classification, x.Mission, x.Vision, x.Note)),
        SearchableCollection.Of<InstitutionName>("INSTITUTION_NAME", "InstitutionName", "Nombres anteriores de una institución y sus notas.",
            db => db.InstitutionNames, x => Of("InstitutionName", x.Id, WithAcronym(x.Name, x.Acronym), x.Note)),
        SearchableCollection.Of<HistoryEvent>("HISTORY_EVENT", "HistoryEvent", "Hechos históricos: título, resumen y notas.",
            db => db.HistoryEvents, x => Of("HistoryEvent", x.Id, x.Title, x.Summary, x.Note)),
        SearchableCollection.Of<LegalInstrument>("LEGAL_INSTRUMENT", "LegalInstrument", "Leyes, decretos y otros instrumentos jurídicos: título, número, resumen y notas.",
            db => db.LegalInstruments, x => Of("LegalInstrument", x.Id, x.Title, x.Number, x.Summary, x.Note)),
        SearchableCollection.Of<Plan>("PLAN", "Plan", "Planes de gobierno: nombre, resumen y notas.",
            db => db.Plans, x => Of("Plan", x.Id, x.Name, x.Summary, x.Note)),
        SearchableCollection.Of<Objective>("OBJECTIVE", "Objective", "Objetivos de los planes: su texto oficial y notas.",
            db => db.Objectives, x => Of("Objective", x.Id, x.Text, x.Note)),
        SearchableCollection.Of<Policy>("POLICY", "Policy", "Políticas transversales: nombre, texto oficial y notas.",
            db => db.Policies, x => Of("Policy", x.Id, x.Name, x.Text, x.Note)),
        SearchableCollection.Of<Person>("PERSON", "Person", "Personas: nombre, otras grafías del nombre y notas.",
            db => db.People, x => Of("Person", x.Id, x.Name, [.. x.AlternateSpellings, x.Note])),
        SearchableCollection.Of<Appointment>("APPOINTMENT", "Appointment", "Cargos públicos: cargo, organismo y notas.",
            db => db.Appointments, x => Of("Appointment", x.Id, x.Role, x.Organisation, x.Note)),
        SearchableCollection.Of<PublicProgram>("PROGRAM", "Program", "Programas públicos: nombre, sigla, dependencia, resumen y notas.",
            db => db.Programs, x => Of("Program", x.Id, WithAcronym(x.Name, x.Acronym), x.Agency, x.Summary, x.Note)),
        SearchableCollection.Of<FundingRecord>("FUNDING_RECORD", "FundingRecord", "Registros de dinero público: destino, beneficiario y notas.",
            db => db.FundingRecords, x => Of("FundingRecord", x.Id, x.Purpose, x.Recipient, x.Note)),
        SearchableCollection.Of<Agreement>("AGREEMENT", "Agreement", "Convenios: título, clave, partes y notas.",
            db => db.Agreements, x => Of("Agreement", x.Id, x.Title, [x.Code, .. x.Parties, x.Note])),
        SearchableCollection.Of<Municipality>("MUNICIPALITY", "Municipality", "Municipios: nombre y notas.",
            db => db.Municipalities, x => Of("Municipality", x.Id, x.Name, x.Note)),
        SearchableCollection.Of<Centre>("CENTRE", "Centre", "Centros de atención: nombre, operador, domicilio, resumen y notas.",
            db => db.Centres, x => Of("Centre", x.Id, x.Name, x.Operator, x.Address, x.Summary, x.Note)),
        SearchableCollection.Of<GlossaryTerm>("GLOSSARY_TERM", "GlossaryTerm", "Glosario: término o sigla, definición y notas.",
            db => db.GlossaryTerms, x => Of("GlossaryTerm", x.Id, x.Term, x.Definition, x.Note)),
        SearchableCollection.Of<Conflict>("CONFLICT", "Conflict", "Datos en disputa: tema, resumen, cada versión y notas.",
            db => db.Conflicts.Include(c => c.Claims),
            x => Of("Conflict", x.Id, x.Topic, [x.Summary, .. x.Claims.OrderBy(c => c.Position).Select(c => c.Value), x.Note])),
        SearchableCollection.Of<Source>("SOURCE", "Source", "Fuentes: título, editor y notas.",
            db => db.Sources, x => Of("Source", x.Id, x.Title, x.Publisher, x.Note)),
    ];
}
