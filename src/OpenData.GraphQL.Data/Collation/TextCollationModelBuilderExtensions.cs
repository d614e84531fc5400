using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace OpenData.GraphQL.Data.Collation;

/// <summary>Declares a <see cref="TextCollation"/> on the text columns people read and sort.</summary>
public static class TextCollationModelBuilderExtensions
{
    /// <summary>
    /// Repeats the collation's name where the read-optimized model keeps it (EF Core keeps a column's collation only in
    /// the design-time model), so the engine can name it in cursor fingerprints.
    /// </summary>
    public const string CollationAnnotation = "OpenData:TextCollation";

    /// <summary>
    /// Gives every mapped, non-shadow string property that is not part of a key or foreign key the collation
    /// <paramref name="collation"/>, unless it already has one. Keys keep the binary order (the engine's last sort key
    /// breaks ties by id exactly as before); shadow columns such as the folded copies keep theirs. It replaces a collation
    /// set for all strings by convention (such as a binary default); set per-property exceptions after calling it.
    /// </summary>
    public static ModelBuilder UseTextCollation(this ModelBuilder modelBuilder, TextCollation collation)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ArgumentNullException.ThrowIfNull(collation);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetDeclaredProperties())
            {
                if (property.ClrType == typeof(string) && !property.IsShadowProperty() && !property.IsKey()
                    && !property.IsForeignKey())
                {
                    property.SetCollation(collation.Name);
                    property.SetAnnotation(CollationAnnotation, collation.Name);
                }
            }

            // The text members of complex properties (flat values) are text people read too.
            foreach (var property in entityType.GetDeclaredComplexProperties().SelectMany(c => c.ComplexType.GetDeclaredProperties()))
            {
                if (property.ClrType == typeof(string))
                {
                    property.SetCollation(collation.Name);
                    property.SetAnnotation(CollationAnnotation, collation.Name);
                }
            }
        }

        return modelBuilder;
    }

    /// <summary>Gives one string property the collation <paramref name="collation"/>.</summary>
    public static PropertyBuilder<string> UseTextCollation(this PropertyBuilder<string> property, TextCollation collation)
    {
        ArgumentNullException.ThrowIfNull(property);
        ArgumentNullException.ThrowIfNull(collation);
        return property.UseCollation(collation.Name).HasAnnotation(CollationAnnotation, collation.Name);
    }

    /// <summary>The collation of the column behind <paramref name="propertyName"/> of <paramref name="entityType"/>, if any.</summary>
    internal static string? CollationOf(this IModel? model, Type entityType, string propertyName) =>
        CollationOf(model?.FindEntityType(entityType)?.FindProperty(propertyName));

    /// <summary>The collation of the column behind <paramref name="property"/>, if any.</summary>
    internal static string? CollationOf(IReadOnlyProperty? property) =>
        property is not null && property.ClrType == typeof(string) ? property.FindAnnotation(CollationAnnotation)?.Value as string : null;
}
