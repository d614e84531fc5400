using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;

namespace OpenData.Domain.Collections;

/// <summary>
/// One kind of record of the dataset, declared once (see <see cref="DatasetCollections"/>): its collection name, its entity
/// class, its public type name, how its seed records are read and checked, and its indexes and relations in the EF model.
/// Everything that lists collections (the seed files and counts, the database tables, source and conflict links, the
/// conflict subjects, the build) is derived from the declarations.
/// </summary>
public abstract class CollectionDeclaration
{
    private readonly List<CollectionDeclaration> children = [];

    private protected CollectionDeclaration(string name, Type entityType, string? typeName)
    {
        Name = name;
        EntityType = entityType;
        TypeName = typeName ?? entityType.Name;
    }

    /// <summary>The collection name, camelCase plural: <c>programs</c>. Its seed file is <c>programs.yaml</c>, its table <c>Programs</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The record type's public name, the same in GraphQL, global ids, releases, provenance, conflict subjects and the
    /// join tables (<c>{TypeName}Sources</c>, <c>{TypeName}Id</c>): <c>Program</c> for <see cref="PublicProgram"/>, else the class name.
    /// </summary>
    public string TypeName { get; }

    /// <summary>The entity class of the records.</summary>
    public Type EntityType { get; }

    /// <summary>The database table: the name with its first letter in capitals (<c>institutionNames</c>: <c>InstitutionNames</c>).</summary>
    public string TableName => char.ToUpperInvariant(Name[0]) + Name[1..];

    /// <summary>The collection whose records nest these in the seed (institutions for institutionNames); null for a collection with a file of its own.</summary>
    public CollectionDeclaration? Parent { get; private set; }

    /// <summary>The seed key under which the parent's records nest these (<c>formerNames</c>); null for a collection with a file of its own.</summary>
    public string? NestedKey { get; private set; }

    /// <summary>The collections nested in this one's records (institutionNames in institutions), in declaration order.</summary>
    public IReadOnlyList<CollectionDeclaration> Children => children;

    /// <summary>True when the records have a seed file of their own (<see cref="SeedFileName"/>); false for children.</summary>
    public bool HasSeedFile => Parent is null;

    /// <summary>The seed file of the collection: its name plus <c>.yaml</c> (children are written inside their parent's file).</summary>
    public string SeedFileName => Name + ".yaml";

    /// <summary>True when every record names its sources (<see cref="ISourced"/>; join table <c>{TypeName}Sources</c>).</summary>
    public bool IsSourced => typeof(ISourced).IsAssignableFrom(EntityType);

    /// <summary>True when a conflict may concern the records (<see cref="IConflictSubject"/>; join table <c>{TypeName}Conflicts</c>).</summary>
    public bool IsConflictSubject => typeof(IConflictSubject).IsAssignableFrom(EntityType);

    /// <summary>The seed keys the records may give (<c>id</c> included), with whether each is required.</summary>
    public IReadOnlyList<(string Key, bool Required)> Keys => Shape.Keys;

    public override string ToString() => Name;

    /// <summary>How a record is read from its YAML mapping.</summary>
    internal abstract IRecordShape Shape { get; }

    /// <summary>The entity types the records reference (by id or list of ids), nested records' references included.</summary>
    internal abstract IEnumerable<Type> References { get; }

    /// <summary>The keys that nest child records, with the children's entity types.</summary>
    internal abstract IEnumerable<(string Key, Type Type)> Nested { get; }

    /// <summary>Adds the entity to the EF model: its table, indexes and relations.</summary>
    internal abstract void Configure(ModelBuilder modelBuilder);

    /// <summary>A new empty list for the records (a <see cref="List{T}"/> of the entity type).</summary>
    internal abstract System.Collections.IList NewList();

    /// <summary>Checks across records, once every reference is resolved (none by default).</summary>
    internal virtual void CheckAcross(LoadContext context)
    {
    }

    /// <summary>Links <paramref name="child"/> as nested under <paramref name="key"/>; a collection nests in one parent only.</summary>
    internal void Nest(string key, CollectionDeclaration child)
    {
        if (child.Parent == this && child.NestedKey == key)
        {
            return;
        }

        if (child.Parent is not null)
        {
            throw new InvalidOperationException($"{child.Name} is nested in {child.Parent.Name} already, not in {Name}.");
        }

        child.Parent = this;
        child.NestedKey = key;
        children.Add(child);
    }
}
