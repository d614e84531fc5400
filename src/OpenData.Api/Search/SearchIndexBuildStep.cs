using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.Domain.Build;
using OpenData.Domain.Data;

namespace OpenData.Api.Search;

/// <summary>
/// Writes the <see cref="SearchIndex"/> table during the dataset build, in one transaction, rows streamed from the
/// tables ordered by type then slug, so the same seed gives the same index and memory stays flat on large databases. The dataset version (the seed hash) does not change.
/// </summary>
public sealed class SearchIndexBuildStep : IDatasetBuildStep
{
    private static readonly string[] ParameterNames = ["$type", "$slug", "$title", "$body"];

    public static SearchIndexBuildStep Instance { get; } = new();

    private SearchIndexBuildStep()
    {
    }

    public async Task RunAsync(DbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = (OpenDataDbContext)context;
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var connection = context.Database.GetDbConnection();
                await ExecuteAsync(connection, transaction, SearchIndex.Create, cancellationToken).ConfigureAwait(false);
                foreach (var collection in SearchableCollections.All.OrderBy(c => c.TypeName, StringComparer.Ordinal))
                {
                    await InsertAsync(connection, transaction, collection.Documents(db), cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, transaction, SearchIndex.Optimize, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task InsertAsync(
        DbConnection connection, IDbContextTransaction transaction, IAsyncEnumerable<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = SearchIndex.Insert;
            var parameters = ParameterNames.Select(name =>
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                parameters[0].Value = document.Type;
                parameters[1].Value = document.Slug;
                parameters[2].Value = document.Title.Normalize(NormalizationForm.FormC);
                parameters[3].Value = document.Body.Normalize(NormalizationForm.FormC);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, IDbContextTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
