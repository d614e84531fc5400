using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

/// <summary>People; their appointments are a download of their own (each row names its person).</summary>
internal static class PeopleExport
{
    public static IExportTable Table { get; } = new ExportTable<Person>(DatasetCollections.All.Of<Person>().Name, "Personas",
        db => db.People.Include(x => x.Sources),
    [
        Columns.Id<Person>(),
        Columns.Text<Person>("name", x => x.Name),
        Columns.Texts<Person>("alternateSpellings", x => x.AlternateSpellings),
        Columns.Note<Person>(x => x.Note),
        Columns.Sources<Person>(),
    ]);
}
