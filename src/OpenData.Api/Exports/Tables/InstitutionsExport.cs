using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class InstitutionsExport
{
    public static IExportTable Table { get; } = new ExportTable<Institution>(DatasetCollections.All.Of<Institution>().Name, "Instituciones",
        db => db.Institutions.Include(x => x.FormerNames).Include(x => x.Sources),
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
    ]);
}
