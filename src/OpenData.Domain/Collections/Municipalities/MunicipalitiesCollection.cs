using System.Linq.Expressions;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections.Municipalities
{
    /// <summary>Durango's municipalities, with the gender alert: <c>municipalities.yaml</c>.</summary>
    internal sealed class MunicipalitiesCollection() : CollectionDeclaration<Municipality>("municipalities")
    {
        internal override FieldSpec<Municipality>[] Fields(Fields<Municipality> f) =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("inegiCode", (r, v) => r.InegiCode = v),
            f.Bool("genderAlert", (r, v) => r.GenderAlert = v, required: true),
            f.Date("genderAlertDeclaredOn", (r, d) => r.GenderAlertDeclaredOn = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ];

        internal override Expression<Func<Municipality, object?>>[] SortedBy => [x => x.Name, x => x.GenderAlert, x => x.GenderAlertDeclaredOn!.Value.Start];
    }
}

// The entity keeps its namespace: its full name is part of the cursors' fingerprint and of the EF model.
namespace OpenData.Domain.Model
{
    public sealed class Municipality : ISourced, IConflictSubject
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? InegiCode { get; set; }
        public bool GenderAlert { get; set; }
        public PartialDate? GenderAlertDeclaredOn { get; set; }
        public string? Note { get; set; }

        /// <summary>History events that name this municipality (inverse of <see cref="HistoryEvent.Municipalities"/>; not seeded).</summary>
        public List<HistoryEvent> HistoryEvents { get => field ??= []; set; }

        /// <summary>Centres based elsewhere that also serve this municipality (inverse of <see cref="Centre.MunicipalitiesServed"/>; not seeded).</summary>
        public List<Centre> CentresServing { get => field ??= []; set; }
        public List<Source> Sources { get => field ??= []; set; }

        /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
        public List<Conflict> Conflicts { get => field ??= []; set; }
    }
}
