using System.Globalization;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Schema.Releases;

/// <summary>
/// The served dataset's releases, read once (the database is immutable while it is served), oldest first; and how a
/// <c>since</c> argument (a release or a date) resolves to the release to compare from.
/// </summary>
public sealed class ReleaseCatalog(IDbContextFactory<OpenDataDbContext> contexts)
{
    private readonly Lazy<IReadOnlyList<Release>> _releases = new(() =>
    {
        using var db = contexts.CreateDbContext();
        return db.Releases.AsNoTracking().OrderBy(r => r.Position).ToList();
    });

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<Release> All => _releases.Value;

    public Release? Latest => All.Count == 0 ? null : All[^1];

    /// <summary>The release the served data is (the latest one, when the seed's content is that release's), else null.</summary>
    public Release? ReleaseOf(DatasetInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return Latest is { } latest && latest.Content == info.Content ? latest : null;
    }

    /// <summary>
    /// The release <paramref name="since"/> names, or for a date AAAA-MM-DD the latest release published on or before it
    /// (empty text: before the first release). Throws a GraphQL error with code UNKNOWN_RELEASE otherwise.
    /// </summary>
    public string ResolveSince(string since)
    {
        ArgumentNullException.ThrowIfNull(since);
        if (All.FirstOrDefault(r => r.Id == since) is { } release)
        {
            return release.Id;
        }

        if (DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return All.LastOrDefault(r => r.PublishedOn <= date)?.Id ?? "";
        }

        var known = All.Count == 0 ? "aún no hay versiones publicadas" : "versiones publicadas: " + string.Join(", ", All.Select(r => r.Id));
        throw new ExecutionError($"«{since}» no es una versión publicada ni una fecha AAAA-MM-DD ({known}).") { Code = Errors.ApiErrorCodes.UnknownRelease };
    }
}
