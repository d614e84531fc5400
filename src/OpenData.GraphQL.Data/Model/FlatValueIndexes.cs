using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenData.GraphQL.Data.Projection;

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
    /// Declares the index <c>IX_&lt;table&gt;_&lt;columns&gt;</c> over <paramref name="member"/> of the flat value
    /// <paramref name="value"/> followed by <paramref name="then"/> (for example the key, the engine's last sort key).
    /// </summary>
    public static EntityTypeBuilder<TEntity> HasFlatValueIndex<TEntity, TValue, TMember>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, TValue?>> value, Expression<Func<TValue, TMember>> member,
        params Expression<Func<TEntity, object?>>[] then)
        where TEntity : class
        where TValue : struct => Declare(builder, value, member, then);

    /// <summary>The same, over a required flat value.</summary>
    public static EntityTypeBuilder<TEntity> HasFlatValueIndex<TEntity, TValue, TMember>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, TValue>> value, Expression<Func<TValue, TMember>> member,
        params Expression<Func<TEntity, object?>>[] then)
        where TEntity : class => Declare(builder, value, member, then);

    private static EntityTypeBuilder<TEntity> Declare<TEntity>(
        EntityTypeBuilder<TEntity> builder, LambdaExpression value, LambdaExpression member, LambdaExpression[] then)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(then);
        var columns = new List<string> { FlatValues.FlatName(FlatValueFieldExtensions.PropertyOf(value), FlatValueFieldExtensions.PropertyOf(member)) };
        columns.AddRange(then.Select(t => FlatValueFieldExtensions.PropertyOf(t).Name));
        var declared = builder.Metadata.FindAnnotation(Annotation)?.Value as string[][] ?? [];
        builder.HasAnnotation(Annotation, declared.Append([.. columns]).ToArray());
        return builder;
    }

    /// <summary>Creates the declared flat value indexes with the tables (on every provider).</summary>
    public static DbContextOptionsBuilder UseFlatValueIndexes(this DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ReplaceService<IMigrationsModelDiffer, FlatValueIndexDiffer>();
    }
}
