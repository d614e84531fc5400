using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace OpenData.GraphQL.Data.TextFolding;

/// <summary>Adds a nullable shadow property <c>&lt;Prop&gt;_folded</c> next to every mapped string property.</summary>
internal sealed class FoldedColumnConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        foreach (var entityType in modelBuilder.Metadata.GetEntityTypes().ToList())
        {
            var sources = entityType.GetDeclaredProperties()
                .Where(p => p.ClrType == typeof(string) && !p.IsShadowProperty() && !p.Name.EndsWith(TextFolding.ColumnSuffix, StringComparison.Ordinal))
                .ToList();
            foreach (var source in sources)
            {
                entityType.Builder.Property(typeof(string), TextFolding.FoldedPropertyName(source.Name))?.IsRequired(false);
            }
        }
    }
}
