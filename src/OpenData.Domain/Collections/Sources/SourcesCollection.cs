using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Sources
{
    /// <summary>The documents every other record cites: <c>sources.yaml</c>.</summary>
    internal sealed class SourcesCollection() : CollectionDeclaration<Source>("sources")
    {
        internal override FieldSpec<Source>[] Fields(Fields<Source> f) =>
        [
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("publisher", (r, v) => r.Publisher = v),
            f.Enum<SourceKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Url("url", (r, v) => r.Url = v),
            f.Date("publishedOn", (r, d) => r.PublishedOn = d),
            f.Text("note", (r, v) => r.Note = v),
        ];

        internal override Expression<Func<Source, object?>>[] SortedBy => [x => x.Kind, x => x.Title, x => x.PublishedOn!.Value.Start];
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class Source : IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Publisher { get; set; }
        public SourceKind Kind { get; set; }
        public string? Url { get; set; }
        public PartialDate? PublishedOn { get; set; }
        public string? Note { get; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
