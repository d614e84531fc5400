using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.GraphQL.Data.Model;

/// <summary>Maps the <see cref="FlatValueAttribute"/> values of entities as EF Core complex types with flat column names.</summary>
public static class FlatValueModelBuilderExtensions
{
    /// <summary>
    /// Maps every entity property holding a <see cref="FlatValueAttribute"/> value as a complex property (optional when
    /// the property is nullable) whose columns are named by <see cref="FlatValues.FlatName"/>: <c>SignedOn</c>,
    /// <c>SignedOnPrecision</c>, <c>SignedOnStart</c>… Call it in <c>OnModelCreating</c> once the entities are declared.
    /// </summary>
    public static ModelBuilder UseFlatValues(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType).ToList())
        {
            var owners = entityType.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.DeclaringType == entityType.ClrType || entityType.BaseType is null)
                .Where(p => FlatValues.IsFlatValue(p.PropertyType) && !p.IsDefined(typeof(NotMappedAttribute)));
            var values = owners.ToList();
            if (values.Count == 0)
            {
                continue;
            }

            var entity = modelBuilder.Entity(entityType.ClrType);
            foreach (var owner in values)
            {
                var complex = entity.ComplexProperty(owner.PropertyType, owner.Name);
                foreach (var member in FlatValues.Members(owner.PropertyType))
                {
                    complex.Property(member.Name).HasColumnName(FlatValues.FlatName(owner, member));
                }
            }

            KeepDeclarationOrder(entity);
        }

        return modelBuilder;
    }

    /// <summary>
    /// Orders the entity's columns as its properties are declared (key first), a value's columns where the value is:
    /// EF Core would put complex-type columns after all the others, and a table would change by becoming a value.
    /// </summary>
    private static void KeepDeclarationOrder(EntityTypeBuilder entity)
    {
        var order = 0;
        var keys = entity.Metadata.FindPrimaryKey()?.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        var declared = entity.Metadata.ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => keys.Contains(p.Name) ? 0 : 1);
        foreach (var property in declared)
        {
            if (entity.Metadata.FindComplexProperty(property.Name) is not null)
            {
                foreach (var member in FlatValues.Members(property.PropertyType))
                {
                    entity.ComplexProperty(property.PropertyType, property.Name).Property(member.Name).HasColumnOrder(order++);
                }
            }
            else if (entity.Metadata.FindProperty(property.Name) is { } mapped && !mapped.IsShadowProperty())
            {
                entity.Property(property.Name).HasColumnOrder(order++);
            }
        }
    }
}
