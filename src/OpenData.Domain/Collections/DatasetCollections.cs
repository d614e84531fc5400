using System.Collections;
using OpenData.Domain.Collections.Agreements;
using OpenData.Domain.Collections.Appointments;
using OpenData.Domain.Collections.Centres;
using OpenData.Domain.Collections.Conflicts;
using OpenData.Domain.Collections.FundingRecords;
using OpenData.Domain.Collections.GlossaryTerms;
using OpenData.Domain.Collections.HistoryEvents;
using OpenData.Domain.Collections.Institutions;
using OpenData.Domain.Collections.LegalInstruments;
using OpenData.Domain.Collections.Municipalities;
using OpenData.Domain.Collections.People;
using OpenData.Domain.Collections.Plans;
using OpenData.Domain.Collections.Programs;
using OpenData.Domain.Collections.Sources;

namespace OpenData.Domain.Collections;

/// <summary>
/// A set of declared collections, enumerated in the order summaries list them, with what derives from it: the collections with a
/// seed file in load order, the conflict subjects, and look-ups by name, entity type and public type name.
/// <see cref="All"/> is the dataset's: the ONE list where a collection is registered.
/// </summary>
/// <remarks>
/// Adding a kind of record (say reports) on the Domain side is one file and one line: the file
/// <c>Collections/Reports/ReportsCollection.cs</c> holds the declaration (name, seed keys, checks, sort indexes and
/// relations) and, below it, the entity (<c>Report</c>, <see cref="Model.ISourced"/> and <see cref="Model.IConflictSubject"/>:
/// every published record answers its sources and conflicts); the line goes in <see cref="All"/>, at its place in the API's
/// order (the API has no list of its own: it finds the collection's <c>Declaration</c> in its feature file and orders it by
/// <see cref="Declared"/>; summaries keep the sources first and the conflicts and their claims last). The table, its source
/// and conflict links, the seed file, the counts, the conflict subject type, the build, the release snapshot and the
/// synthetic generator's (empty) table follow. The seed gains <c>reports.yaml</c> (and its section in seed/README.md); the
/// Domain tests' fixture needs no file for it. The entity sits in a block of namespace <c>OpenData.Domain.Model</c>, not in the
/// declaration's: its full name is part of every cursor's fingerprint and of the EF model, and the Model folder keeps
/// referencing no other folder (the declaration, which reads the seed, stays in <c>Collections</c>).
/// </remarks>
public sealed class DatasetCollections : IReadOnlyList<CollectionDeclaration>
{
    private readonly List<CollectionDeclaration> collections;
    private readonly List<CollectionDeclaration> declaredOrder;
    private readonly Dictionary<string, CollectionDeclaration> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, CollectionDeclaration> byType = [];
    private readonly Dictionary<string, CollectionDeclaration> byTypeName = new(StringComparer.Ordinal);

    /// <summary>
    /// Every collection of the dataset, children included, declared in the order the API publishes them (its Query fields
    /// and downloads: the collections without a parent, then the children, each in this order).
    /// </summary>
    public static DatasetCollections All { get; } = new(
    [
        new InstitutionsCollection(),
        new InstitutionNamesCollection(),
        new HistoryEventsCollection(),
        new LegalInstrumentsCollection(),
        new PlansCollection(),
        new ObjectivesCollection(),
        new PoliciesCollection(),
        new PeopleCollection(),
        new AppointmentsCollection(),
        new ProgramsCollection(),
        new FundingRecordsCollection(),
        new AgreementsCollection(),
        new AgreementSignatoriesCollection(),
        new MunicipalitiesCollection(),
        new CentresCollection(),
        new SourcesCollection(),
        new ConflictsCollection(),
        new ClaimsCollection(),
        new GlossaryTermsCollection(),
    ]);

    /// <summary>
    /// A set of <paramref name="declared"/> collections: <see cref="All"/>, or (in tests) another set. Throws when two
    /// share a name, an entity type or a type name, or when one references or nests a type that is not in the set.
    /// </summary>
    public DatasetCollections(IEnumerable<CollectionDeclaration> declared)
    {
        ArgumentNullException.ThrowIfNull(declared);
        declaredOrder = [.. declared];
        collections = SummaryOrder(declaredOrder);
        foreach (var collection in collections)
        {
            Register(byName, collection.Name, collection);
            Register(byType, collection.EntityType, collection);
            Register(byTypeName, collection.TypeName, collection);
        }

        foreach (var collection in collections)
        {
            foreach (var (key, child) in collection.Nested)
            {
                collection.Nest(key, Of(child));
            }

            foreach (var target in collection.References)
            {
                Of(target);
            }
        }

        Files = LoadOrder();
        SubjectTypes = collections.Where(c => c.IsConflictSubject)
            .OrderBy(c => c.HasSeedFile ? 0 : 1)
            .ToDictionary(c => c.TypeName, StringComparer.Ordinal);
    }

    /// <summary>
    /// The collections in the order they were declared (for <see cref="All"/>, the API's order). Enumerating the set
    /// gives the summary order instead (see <see cref="SummaryOrder"/>).
    /// </summary>
    public IReadOnlyList<CollectionDeclaration> Declared => declaredOrder;

    /// <summary>
    /// The collections with a seed file of their own, in load order: each after the collections its records (nested
    /// ones included) reference, otherwise in the order of the set.
    /// </summary>
    public IReadOnlyList<CollectionDeclaration> Files { get; }

    /// <summary>
    /// The collections a conflict may concern, by public type name (what a conflict's <c>subjectType</c> and
    /// <c>alsoConcerns</c> name): those with a seed file first, then the nested ones, each in the order of the set.
    /// </summary>
    public IReadOnlyDictionary<string, CollectionDeclaration> SubjectTypes { get; }

    public int Count => collections.Count;

    public CollectionDeclaration this[int index] => collections[index];

    /// <summary>The collection named <paramref name="name"/> (<c>programs</c>).</summary>
    public CollectionDeclaration Named(string name) =>
        byName.TryGetValue(name, out var collection) ? collection : throw new KeyNotFoundException($"'{name}' is not a declared collection.");

    /// <summary>The collection named <paramref name="name"/>, or null.</summary>
    public CollectionDeclaration? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The collection of <typeparamref name="T"/> records.</summary>
    public CollectionDeclaration Of<T>()
        where T : class, Model.IRecord => Of(typeof(T));

    /// <summary>The collection of <paramref name="entityType"/> records.</summary>
    public CollectionDeclaration Of(Type entityType) =>
        byType.TryGetValue(entityType, out var collection) ? collection : throw new KeyNotFoundException($"{entityType.Name} is not the entity of a declared collection.");

    /// <summary>The collection whose public type name is <paramref name="typeName"/> (<c>Program</c>), or null.</summary>
    public CollectionDeclaration? OfTypeName(string typeName) => byTypeName.GetValueOrDefault(typeName);

    public IEnumerator<CollectionDeclaration> GetEnumerator() => collections.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void Register<TKey>(Dictionary<TKey, CollectionDeclaration> index, TKey key, CollectionDeclaration collection)
        where TKey : notnull
    {
        if (!index.TryAdd(key, collection))
        {
            throw new InvalidOperationException($"{collection.Name} and {index[key].Name} are both declared with {key}.");
        }
    }

    /// <summary>
    /// The order summaries, counts, the build, the release snapshot and the synthetic generator list collections in:
    /// the sources first (every record cites them), the conflicts and their claims last (they concern the others), the
    /// rest in the order declared.
    /// </summary>
    private static List<CollectionDeclaration> SummaryOrder(List<CollectionDeclaration> declared)
    {
        static int Rank(CollectionDeclaration c) =>
            c.EntityType == typeof(Model.Source) ? 0 : c.EntityType == typeof(Model.Conflict) || c.EntityType == typeof(Model.Claim) ? 2 : 1;

        return [.. declared.OrderBy(Rank)];
    }

    private List<CollectionDeclaration> LoadOrder()
    {
        var order = new List<CollectionDeclaration>();
        var visited = new HashSet<CollectionDeclaration>();

        IEnumerable<CollectionDeclaration> Dependencies(CollectionDeclaration collection) =>
            collection.References.Select(Of).Concat(collection.Children.SelectMany(Dependencies));

        void Visit(CollectionDeclaration collection)
        {
            if (!visited.Add(collection))
            {
                return;
            }

            foreach (var dependency in Dependencies(collection))
            {
                Visit(dependency.Parent ?? dependency);
            }

            order.Add(collection);
        }

        foreach (var collection in collections.Where(c => c.HasSeedFile))
        {
            Visit(collection);
        }

        return order;
    }
}
