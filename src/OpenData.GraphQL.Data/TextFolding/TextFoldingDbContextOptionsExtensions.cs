using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.GraphQL.Data.TextFolding;

/// <summary>Turns on folded shadow columns for accent- and case-insensitive text filters.</summary>
public static class TextFoldingDbContextOptionsExtensions
{
    /// <summary>
    /// Adds, for every string property of every entity, a nullable shadow column
    /// <c>&lt;Prop&gt;_folded</c> holding <see cref="TextFolding.Fold"/> of the value, filled on SaveChanges.
    /// The filter translator uses it for contains/startsWith/endsWith and their negations.
    /// </summary>
    public static DbContextOptionsBuilder UseTextFolding(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Options.FindExtension<TextFoldingOptionsExtension>() is not null)
        {
            return builder;
        }

        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new TextFoldingOptionsExtension());
        builder.AddInterceptors(TextFoldingInterceptor.Instance);
        return builder;
    }

    /// <inheritdoc cref="UseTextFolding(DbContextOptionsBuilder)"/>
    public static DbContextOptionsBuilder<TContext> UseTextFolding<TContext>(this DbContextOptionsBuilder<TContext> builder)
        where TContext : DbContext
    {
        UseTextFolding((DbContextOptionsBuilder)builder);
        return builder;
    }
}
