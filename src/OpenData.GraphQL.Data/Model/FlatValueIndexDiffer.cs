using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update.Internal;

namespace OpenData.GraphQL.Data.Model;

#pragma warning disable EF1001 // EF Core's differ is internal API: the one place that can add an index over complex-type columns.

/// <summary>
/// EF Core's differ plus, when the tables are created from nothing, the indexes <see cref="FlatValueIndexes"/> declares,
/// each placed among its table's other indexes in the order EF Core gives them (by their columns, name by name).
/// </summary>
internal sealed class FlatValueIndexDiffer(
    IRelationalTypeMappingSource typeMappingSource,
    IMigrationsAnnotationProvider migrationsAnnotationProvider,
    IRelationalAnnotationProvider relationalAnnotationProvider,
    IRowIdentityMapFactory rowIdentityMapFactory,
    CommandBatchPreparerDependencies commandBatchPreparerDependencies)
    : Microsoft.EntityFrameworkCore.Migrations.Internal.MigrationsModelDiffer(
        typeMappingSource, migrationsAnnotationProvider, relationalAnnotationProvider, rowIdentityMapFactory, commandBatchPreparerDependencies)
{
    public override IReadOnlyList<MigrationOperation> GetDifferences(IRelationalModel? source, IRelationalModel? target)
    {
        var operations = base.GetDifferences(source, target).ToList();
        if (source is not null || target is null)
        {
            return operations;
        }

        foreach (var entityType in target.Model.GetEntityTypes())
        {
            if (entityType.FindAnnotation(FlatValueIndexes.Annotation)?.Value is not string[][] indexes || entityType.GetTableName() is not { } table)
            {
                continue;
            }

            var schema = entityType.GetSchema();
            foreach (var columns in indexes)
            {
                var index = new CreateIndexOperation { Name = "IX_" + table + "_" + string.Join('_', columns), Table = table, Schema = schema, Columns = columns };
                var sameTable = operations.FindIndex(o => o is CreateIndexOperation c && c.Table == table);
                var after = operations.FindLastIndex(o => o is CreateIndexOperation c && c.Table == table && CompareColumns(c.Columns, columns) < 0);
                var at = after >= 0 ? after + 1 : sameTable >= 0 ? sameTable : operations.Count;
                operations.Insert(at, index);
            }
        }

        return operations;
    }

    private static int CompareColumns(string[] left, string[] right)
    {
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var byName = string.CompareOrdinal(left[i], right[i]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return left.Length.CompareTo(right.Length);
    }
}
