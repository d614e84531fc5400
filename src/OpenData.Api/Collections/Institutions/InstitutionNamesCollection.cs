using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.ExportColumns;
using OpenData.Domain.Model;
using static OpenData.Api.Collections.SearchText;

namespace OpenData.Api.Collections.Institutions;

/// <summary>Former names of institutions (the `formerNames` of an institution), one row each.</summary>
internal static class InstitutionNamesCollection
{
    public static ApiCollection<InstitutionName, InstitutionNameType> Declaration { get; } = new("Nombres anteriores de instituciones")
    {
        Columns =
        [
            Columns.Id<InstitutionName>(),
            Columns.Ref<InstitutionName>("institution", x => x.InstitutionId),
            Columns.Text<InstitutionName>("name", x => x.Name),
            Columns.Text<InstitutionName>("acronym", x => x.Acronym),
            .. Columns.PartialDate<InstitutionName>("usedFrom", x => x.UsedFrom),
            .. Columns.PartialDate<InstitutionName>("usedUntil", x => x.UsedUntil),
            Columns.Note<InstitutionName>(x => x.Note),
            Columns.Sources<InstitutionName>(),
        ],
        ExportIncludes = records => records.Include(x => x.Sources),
        Search = new("Nombres anteriores de una institución y sus notas.", x => new(WithAcronym(x.Name, x.Acronym), x.Note)),
    };
}
