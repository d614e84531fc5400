using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Programs
{
    /// <summary>
    /// Public programmes: <c>programs.yaml</c>. The public type name is <c>Program</c> (GraphQL, global ids, releases,
    /// provenance, conflict subjects, join tables), written here only; the class is <see cref="PublicProgram"/> so that it
    /// never clashes with a host's entry-point class.
    /// </summary>
    internal sealed class ProgramsCollection() : CollectionDeclaration<PublicProgram>("programs", typeName: "Program")
    {
        internal override FieldSpec<PublicProgram>[] Fields(Fields<PublicProgram> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("acronym", (r, v) => r.Acronym = v),
            f.Enum<ProgramLevel>("level", (r, v) => r.Level = v, required: true),
            f.Text("agency", (r, v) => r.Agency = v),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Date("since", (r, d) => r.Since = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override Expression<Func<PublicProgram, object?>>[] SortedBy => [x => x.Name, x => x.Level, x => x.Since!.Value.Start];
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>
    /// A public programme (the seed's "programs" collection; its public type name is declared in ProgramsCollection). The class is not
    /// called Program so that it never clashes with a host's entry-point class.
    /// </summary>
    public sealed class PublicProgram : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? Acronym { get; set; }
        public ProgramLevel Level { get; set; }
        public string? Agency { get; set; }
        public string? Summary { get; set; }
        public PartialDate? Since { get; set; }
        public string? Note { get; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }

    public enum ProgramLevel
    {
        Federal,
        State,
        Municipal,
    }
}
