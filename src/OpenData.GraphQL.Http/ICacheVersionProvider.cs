namespace OpenData.GraphQL.Http;

/// <summary>
/// Gives the version of the data behind the schema (for example the dataset version). It is part of every
/// GET response's <c>ETag</c>, so a new version invalidates what clients and caches hold.
/// </summary>
public interface ICacheVersionProvider
{
    ValueTask<string> GetVersionAsync(CancellationToken cancellationToken);
}
