using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.People
{
    /// <summary>People the sources name (directors, signatories…): <c>people.yaml</c>.</summary>
    internal sealed class PeopleCollection() : CollectionDeclaration<Person>("people")
    {
        internal override FieldSpec<Person>[] Fields(Fields<Person> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.TextList("alternateSpellings", r => r.AlternateSpellings),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override Expression<Func<Person, object?>>[] SortedBy => [x => x.Name];

        internal override void Configure(EntityTypeBuilder<Person> entity)
        {
            entity.HasMany(x => x.Appointments).WithOne(x => x.Person).HasForeignKey(x => x.PersonId);
        }
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    /// <summary>A public office holder, with every spelling of the name the sources print.</summary>
    public sealed class Person : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> AlternateSpellings { get; set; } = [];
        public string? Note { get; set; }
        public List<Appointment> Appointments { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
