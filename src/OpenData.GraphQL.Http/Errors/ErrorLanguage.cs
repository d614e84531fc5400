using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>The language of error messages: Spanish first, English when the request's Accept-Language prefers it.</summary>
public static class ErrorLanguage
{
    public const string Spanish = "es";
    public const string English = "en";

    /// <summary>
    /// <see cref="English"/> when the most preferred language of Accept-Language (by q, then order) is English
    /// (<c>en</c>, <c>en-US</c>…), otherwise <see cref="Spanish"/>.
    /// </summary>
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.AcceptLanguage;
        if (header.Count == 0 || !StringWithQualityHeaderValue.TryParseList(header, out var languages))
        {
            return Spanish;
        }

        var preferred = languages
            .Select((value, index) => (Tag: value.Value.Value ?? "", Quality: value.Quality ?? 1, Index: index))
            .Where(l => l.Quality > 0)
            .OrderByDescending(l => l.Quality)
            .ThenBy(l => l.Index)
            .FirstOrDefault();
        return preferred.Tag.StartsWith(English, StringComparison.OrdinalIgnoreCase)
            && (preferred.Tag.Length == 2 || preferred.Tag[2] == '-')
            ? English
            : Spanish;
    }
}
