using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// Every collated text column of the dataset, ordered by the database on SQLite and on PostgreSQL: the same ids in
/// the same order on both, and the order .NET's Spanish comparer gives (the one the engine's tests use as oracle).
/// </summary>
public sealed class CollationAcrossStoresTests
{
    [PostgresFact]
    public async Task Both_stores_order_every_text_column_of_the_seed_identically()
    {
        var sqlite = DatasetBuilder.Options(await TestDataset.PathAsync(), DatabaseServiceCollectionExtensions.ConfigureModel, readOnly: true);
        var postgres = PostgresDataset.Options(
            PostgresDataset.ServingConnectionString(await PostgresTestDataset.ConnectionStringAsync()), DatabaseServiceCollectionExtensions.ConfigureModel);
        await using var lite = new OpenDataDbContext(sqlite);
        await using var pg = new OpenDataDbContext(postgres);

        var columns = Collated(lite).ToList();
        Assert.Equal(Collated(pg).Select(c => (c.Table, c.Column)), columns.Select(c => (c.Table, c.Column)));
        Assert.Contains(columns, c => c.Table == "Municipalities" && c.Column == "Name");
        var compared = 0;
        foreach (var (table, column, key) in columns)
        {
            foreach (var descending in new[] { false, true })
            {
                var fromSqlite = await OrderedAsync(lite, table, column, key, descending);
                var fromPostgres = await OrderedAsync(pg, table, column, key, descending);

                Assert.True(fromSqlite.SequenceEqual(fromPostgres), $"{table}.{column} {(descending ? "DESC" : "ASC")}: SQLite and PostgreSQL differ\n"
                    + string.Join(" | ", fromSqlite.Select(r => r.Value)) + "\n" + string.Join(" | ", fromPostgres.Select(r => r.Value)));
                var expected = Expected(fromSqlite, descending);
                Assert.True(expected.SequenceEqual(fromSqlite), $"{table}.{column}: not in the comparer's order\n"
                    + string.Join(" | ", expected.Select(r => r.Value)) + "\n" + string.Join(" | ", fromSqlite.Select(r => r.Value)));
                compared += fromSqlite.Count;
            }
        }

        Assert.True(compared > 500, $"only {compared} rows compared");
    }

    private static IEnumerable<(string Table, string Column, string Key)> Collated(OpenDataDbContext db) =>
        from entity in db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
        where entity.GetTableName() is not null and not "DatasetInfo" && entity.FindPrimaryKey()?.Properties.Count == 1
        from property in entity.GetProperties()
        where property.GetCollation() == DatasetCollation.Spanish.Name
        orderby entity.GetTableName(), property.GetColumnName()
        select (entity.GetTableName()!, property.GetColumnName(), entity.FindPrimaryKey()!.Properties[0].GetColumnName());

    /// <summary>The comparer's order, nulls first ascending and last descending, ties by key (ordinal).</summary>
    private static List<(string Key, string? Value)> Expected(List<(string Key, string? Value)> rows, bool descending)
    {
        var ascending = rows.OrderBy(r => r.Value, Comparer<string?>.Create((a, b) => DatasetCollation.Spanish.Compare(a, b)));
        var ordered = descending ? rows.OrderByDescending(r => r.Value, Comparer<string?>.Create((a, b) => DatasetCollation.Spanish.Compare(a, b))) : ascending;
        return [.. ordered.ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static async Task<List<(string Key, string? Value)>> OrderedAsync(OpenDataDbContext db, string table, string column, string key, bool descending)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            var direction = descending ? "DESC" : "ASC";
            var nulls = descending ? "NULLS LAST" : "NULLS FIRST";
            command.CommandText = $"""SELECT CAST("{key}" AS TEXT), "{column}" FROM "{table}" ORDER BY "{column}" {direction} {nulls}, "{key}" """;
            var rows = new List<(string, string?)>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }

            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
