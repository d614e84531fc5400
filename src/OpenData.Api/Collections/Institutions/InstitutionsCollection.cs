using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Institutions;

/// <summary>The institutions collection as the API publishes it.</summary>
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
        ExportIncludes = records => records.Include(x => x.FormerNames).Include(x => x.Sources),
        Search = new("Instituciones: nombre, sigla, clasificación, misión, visión y notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Classification, x.Mission, x.Vision, x.Note)),
    };
}
