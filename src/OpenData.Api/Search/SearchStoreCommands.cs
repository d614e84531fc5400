using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// What both search stores (<see cref="Fts5SearchStore"/>, <see cref="PostgresSearchStore"/>) do alike: run a statement
/// of the index build, and read a query's rows, reporting a database without the index as <see cref="SearchErrors.Missing"/>.
/// </summary>
internal static class SearchStoreCommands
{
    /// <summary>The rows of <paramref name="sql"/>; <paramref name="isMissingIndex"/> tells the provider's "no such table" error.</summary>
    public static async Task<List<T>> ReadAsync<T>(
        OpenDataDbContext db, string sql, object[] parameters, Func<Exception, bool> isMissingIndex, CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.SqlQueryRaw<T>(sql, parameters).ToListAsync(cancellationToken);
        }
        catch (Exception e) when (isMissingIndex(e))
        {
            throw SearchErrors.Missing();
        }
    }

    /// <summary>Runs one statement of the index build in <paramref name="transaction"/>.</summary>
    public static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command)
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
