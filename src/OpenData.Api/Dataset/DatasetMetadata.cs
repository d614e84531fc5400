using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Dataset;

/// <summary>
/// The served dataset's DatasetInfo row, read once: the database is immutable while it is served. It is
/// also the ETag version of every cached GET response.
/// </summary>
public sealed class DatasetMetadata(IDbContextFactory<OpenDataDbContext> contexts, Data.DatabaseOptions? database = null) : ICacheVersionProvider
{
    private readonly Lazy<Task<DatasetInfo>> _info = new(async () =>
    {
        // The configured store's row, read without EF Core (whose first query costs the model and a query compilation).
        if (database?.ReadInfo() is { } stored)
        {
            return stored;
        }

        var db = await contexts.CreateDbContextAsync();
        await using (db)
        {
            var info = await db.DatasetInfo.AsNoTracking().SingleAsync();
            // A SQLite build keeps its build time in the file's modification time (DatasetFile.FixedBuiltAt).
            if (database is { IsPostgres: false })
            {
                info.BuiltAt = Domain.Build.DatasetFile.BuiltAt(database.ResolvedPath, info.BuiltAt);
            }

            return info;
        }
    });

    public Task<DatasetInfo> GetAsync(CancellationToken cancellationToken) => _info.Value.WaitAsync(cancellationToken);

    public async ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken)).Version;
}
