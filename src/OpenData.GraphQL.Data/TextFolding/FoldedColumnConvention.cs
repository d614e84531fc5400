using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.TextFolding;

/// <summary>Adds a nullable shadow property <c>&lt;Prop&gt;_folded</c> next to every mapped string property (also the text members of flat values).</summary>
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

            // The text members of flat values (complex properties) fold into a shadow property of the entity named by the
            // member's flat name (SignedOn_folded), which remembers the member's path for the interceptor.
            foreach (var value in entityType.GetDeclaredComplexProperties().Where(c => !c.IsCollection && c.PropertyInfo is not null).ToList())
            {
                foreach (var member in value.ComplexType.GetDeclaredProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null).ToList())
                {
                    var name = TextFolding.FoldedPropertyName(FlatValues.FlatName(value.PropertyInfo!, member.PropertyInfo!));
                    entityType.Builder.Property(typeof(string), name)?.IsRequired(false)?.HasAnnotation(TextFolding.SourceAnnotation, value.Name + "." + member.Name);
                }
            }
        }
    }
}
