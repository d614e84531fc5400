using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.GlossaryTerms
{
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
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class GlossaryTerm : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Term { get; set; } = "";
        public string Definition { get; set; } = "";

        /// <summary>Ids of related glossary terms.</summary>
        public List<string> RelatedTerms { get; set; } = [];
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
