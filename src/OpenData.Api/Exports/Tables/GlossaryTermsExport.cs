using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Collections;
using OpenData.Domain.Model;

namespace OpenData.Api.Exports.Tables;

internal static class GlossaryTermsExport
{
    public static IExportTable Table { get; } = new ExportTable<GlossaryTerm>(DatasetCollections.All.Of<GlossaryTerm>().Name, "Glosario",
        db => db.GlossaryTerms.Include(x => x.Sources),
    [
        Columns.Id<GlossaryTerm>(),
        Columns.Text<GlossaryTerm>("term", x => x.Term),
        Columns.Text<GlossaryTerm>("definition", x => x.Definition),
        Columns.Texts<GlossaryTerm>("relatedTerms", x => x.RelatedTerms),
        Columns.Note<GlossaryTerm>(x => x.Note),
        Columns.Sources<GlossaryTerm>(),
    ]);
}
