using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace OpenData.GraphQL.Data.Collation;

/// <summary>Makes the model's named collations available on every connection a context opens.</summary>
public static class TextCollationDbContextOptionsExtensions
{
    /// <summary>
    /// Registers <paramref name="collations"/> on each SQLite connection the context opens (see
    /// <see cref="TextCollationInterceptor"/>). Columns use them through <c>UseTextCollation</c> (<see cref="TextCollationModelBuilderExtensions"/>);
    /// on PostgreSQL the collation must exist in the database (created with the schema). Calling it again with the same
    /// single collation changes nothing, so a context's <c>OnConfiguring</c> may call it even for pooled contexts whose
    /// options already have it.
    /// </summary>
    public static DbContextOptionsBuilder UseTextCollations(this DbContextOptionsBuilder builder, params TextCollation[] collations)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(collations);
        var interceptor = collations.Length == 1 ? collations[0].Interceptor : new TextCollationInterceptor(collations);
        var present = builder.Options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(interceptor) ?? false;
        return present ? builder : builder.AddInterceptors(interceptor);
    }
}
