using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Programs;

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
