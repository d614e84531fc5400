using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

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
            foreach (var owner in owners)
            {
                var complex = modelBuilder.Entity(entityType.ClrType).ComplexProperty(owner.PropertyType, owner.Name);
                foreach (var member in FlatValues.Members(owner.PropertyType))
                {
                    complex.Property(member.Name).HasColumnName(FlatValues.FlatName(owner, member));
                }
            }
        }

        return modelBuilder;
    }
}
