using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OpenData.GraphQL.Data.Model;

/// <summary>
/// Indexes over the columns of flat values. EF Core 10 cannot index the members of a complex property
/// (dotnet/efcore#31246), so the index is declared by column names and created with the tables
/// (<c>EnsureCreated</c>, <c>GenerateCreateScript</c>) exactly as <c>HasIndex</c> would name and write it.
/// </summary>
public static class FlatValueIndexes
{
    internal const string Annotation = "OpenData:FlatValueIndexes";

    /// <summary>
    /// Declares the index <c>IX_&lt;table&gt;_&lt;columns&gt;</c> over the flat value member <paramref name="member"/>
    /// (<c>x =&gt; x.SignedOn!.Value.Start</c>) followed by the properties <paramref name="then"/> (for example the key,
    /// the engine's last sort key).
    /// </summary>
    public static EntityTypeBuilder HasFlatValueIndex(this EntityTypeBuilder builder, LambdaExpression member, params string[] then)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(then);
        if (!FlatValues.TryMember(member, out var owner, out var property))
        {
            throw new ArgumentException($"'{member}' does not read a member of a [FlatValue] value.", nameof(member));
        }

        var declared = builder.Metadata.FindAnnotation(Annotation)?.Value as string[][] ?? [];
        builder.HasAnnotation(Annotation, declared.Append([FlatValues.FlatName(owner, property), .. then]).ToArray());
        return builder;
    }

    /// <summary>
    /// Creates the declared flat value indexes with the tables (on every provider). Idempotent: options that have it
    /// already are left as they are (a pooled context's <c>OnConfiguring</c> must not change its options).
    /// </summary>
    public static DbContextOptionsBuilder UseFlatValueIndexes(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var replaced = builder.Options.FindExtension<CoreOptionsExtension>()?.ReplacedServices;
        return replaced?.Values.Contains(typeof(FlatValueIndexDiffer)) == true
            ? builder
            : builder.ReplaceService<IMigrationsModelDiffer, FlatValueIndexDiffer>();
    }
}
