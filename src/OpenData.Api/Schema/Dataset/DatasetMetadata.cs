using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Http;

namespace OpenData.Api.Schema.Dataset;

/// <summary>
/// The served dataset's DatasetInfo row, read once: the database is immutable while it is served. It is
/// also the ETag version of every cached GET response.
/// </summary>
public sealed class DatasetMetadata(IDbContextFactory<OpenDataDbContext> contexts) : ICacheVersionProvider
{
    private readonly Lazy<Task<DatasetInfo>> _info = new(async () =>
    {
        var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.DatasetInfo.AsNoTracking().SingleAsync().ConfigureAwait(false);
        }
    });

    public Task<DatasetInfo> GetAsync(CancellationToken cancellationToken) => _info.Value.WaitAsync(cancellationToken);

    public async ValueTask<string> GetVersionAsync(CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken).ConfigureAwait(false)).Version;
}
