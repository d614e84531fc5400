namespace OpenData.Api.Errors;

/// <summary>
/// The stable <c>extensions.code</c> values of the errors the API raises itself. The endpoint's codes are in
/// <c>GraphQLHttpErrorCodes</c> and the query engine's in <c>DataErrorCodes</c>; README's table of error codes lists all three.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary><c>nodes</c> asked for more ids than allowed.</summary>
    public const string TooManyNodes = "TOO_MANY_NODES";

    /// <summary><c>changes(since:)</c> names neither a published release nor a date.</summary>
    public const string UnknownRelease = "UNKNOWN_RELEASE";

    /// <summary><c>/export/…</c> names a download that does not exist (404).</summary>
    public const string ExportNotFound = "EXPORT_NOT_FOUND";

    /// <summary>An address the server has nothing at (404; a path that exists for other methods keeps 405).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary><c>/ide/</c> on a build made without the developer IDE's bundle (404).</summary>
    public const string IdeNotBundled = "IDE_NOT_BUNDLED";

    /// <summary>A download or the catalogue cannot read the database (503).</summary>
    public const string DatasetUnreadable = "DATASET_UNREADABLE";

    /// <summary><c>search(text:)</c> is empty, only spaces or punctuation, or only very common words.</summary>
    public const string SearchTextEmpty = "SEARCH_TEXT_EMPTY";

    /// <summary><c>search(text:)</c> is longer than the maximum.</summary>
    public const string SearchTextTooLong = "SEARCH_TEXT_TOO_LONG";

    /// <summary>The database was built without the search index (rebuild it with <c>seed build</c>).</summary>
    public const string SearchIndexMissing = "SEARCH_INDEX_MISSING";
}
