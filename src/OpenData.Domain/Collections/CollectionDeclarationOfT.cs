using System.Collections;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenData.Domain.Model;
using OpenData.Domain.Seed.Reading;
using OpenData.GraphQL.Data.Model;

namespace OpenData.Domain.Collections;

/// <summary>
/// The declaration of a collection of <typeparamref name="T"/> records. A collection's declaration overrides
/// <see cref="Fields"/> (its seed keys, as seed/README.md documents them) and, where it has them, <see cref="Check"/>
/// (checks across one record's fields) and <see cref="Configure(EntityTypeBuilder{T})"/> (indexes and relations).
/// </summary>
public abstract class CollectionDeclaration<T> : CollectionDeclaration
    where T : class, IRecord, new()
{
    private RecordSpec<T>? spec;

    internal CollectionDeclaration(string name, string? typeName = null)
        : base(name, typeof(T), typeName)
    {
    }

    internal RecordSpec<T> Spec => spec ??= new RecordSpec<T>(this, Fields(new Fields<T>()));

    internal override IRecordShape Shape => Spec;

    internal override IEnumerable<Type> References => Spec.References;

    internal override IEnumerable<(string Key, Type Type)> Nested => Spec.Nested;

    /// <summary>The seed keys of a record, <c>id</c> aside, in the order seed/README.md lists them.</summary>
    internal abstract FieldSpec<T>[] Fields(Fields<T> f);

    /// <summary>Checks across the fields of one record, once its keys are read (none by default).</summary>
    internal virtual void Check(T record, RecordScope scope)
    {
    }

    /// <summary>
    /// The properties the records are filtered and sorted by: one index each, ending with the id, because the query engine
    /// always appends the id as the last sort key (keyset pages then seek and read in index order).
    /// </summary>
    internal virtual Expression<Func<T, object?>>[] SortedBy => [];

    /// <summary>The entity's other indexes and its relations (the table name and the source and conflict links are derived).</summary>
    internal virtual void Configure(EntityTypeBuilder<T> entity)
    {
    }

    internal override void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<T>(entity =>
        {
            entity.ToTable(TableName);
            foreach (var property in SortedBy)
            {
                // A member of a partial date (x => x.SignedOn!.Value.Start) is indexed by its column (SignedOnStart).
                if (FlatValues.TryMember(property, out _, out _))
                {
                    entity.HasFlatValueIndex(property, nameof(IRecord.Id));
                }
                else
                {
                    entity.HasIndex(PropertyName(property), nameof(IRecord.Id));
                }
            }

            Configure(entity);
        });

    private static string PropertyName(Expression<Func<T, object?>> property) =>
        (property.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : property.Body) is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"{property} does not name a property of {typeof(T).Name}.", nameof(property));

    internal override IList NewList() => new List<T>();
}
