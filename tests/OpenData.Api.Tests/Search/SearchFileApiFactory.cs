using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Search;

/// <summary>The API over a database file of its own (a copy a search test may write to).</summary>
internal sealed class SearchFileApiFactory(string path) : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings() => [("Database:Path", path)];
}
