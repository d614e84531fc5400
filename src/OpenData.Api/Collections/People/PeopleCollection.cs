using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.People;

/// <summary>People; their appointments are a download of their own (each row names its person).</summary>
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
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Personas: nombre, otras grafías del nombre y notas.", x => new(x.Name, [.. x.AlternateSpellings, x.Note])),
    };
}
