using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.GlossaryTerms;

/// <summary>The terms the data uses, defined: <c>glossaryTerms.yaml</c>.</summary>
internal sealed class GlossaryTermsCollection() : CollectionDeclaration<GlossaryTerm>("glossaryTerms")
{
    internal override FieldSpec<GlossaryTerm>[] Fields(Fields<GlossaryTerm> f) =>
    [
        f.Text("term", (r, v) => r.Term = v, required: true),
        f.Text("definition", (r, v) => r.Definition = v, required: true),
        f.IdList<GlossaryTerm>("relatedTerms", r => r.RelatedTerms),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ];

    internal override Expression<Func<GlossaryTerm, object?>>[] SortedBy => [x => x.Term];
}
