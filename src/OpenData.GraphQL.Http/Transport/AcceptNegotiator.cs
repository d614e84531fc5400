using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>
/// Chooses the response media type from the Accept header, honouring q-values: the acceptable entry with
/// the highest quality wins, the more specific one on a tie. No Accept, <c>*/*</c> and <c>application/*</c>
/// give <c>application/json</c>; null means nothing acceptable (406).
/// </summary>
internal static class AcceptNegotiator
{
    public static ResponseMediaType? Negotiate(HttpRequest request)
    {
        var entries = Parse(request);
        if (entries is null)
        {
            return ResponseMediaType.Json;
        }

        foreach (var entry in entries)
        {
            var chosen = Match(entry.Value);
            if (chosen is not null)
            {
                return chosen;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the request is a browser navigation: it names <c>text/html</c> with a quality no lower than
    /// that of any GraphQL media type it names.
    /// </summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var entries = Parse(request);
        if (entries is null)
        {
            return false;
        }

        var html = QualityOf(entries, "text/html");
        return html > 0
            && html >= QualityOf(entries, ResponseMediaTypes.Json)
            && html >= QualityOf(entries, ResponseMediaTypes.GraphQLResponseJson);
    }

    /// <summary>The acceptable entries, best first; null when Accept is absent, empty or unparsable.</summary>
    private static List<(MediaTypeHeaderValue Value, double Quality)>? Parse(HttpRequest request)
    {
        var header = request.Headers.Accept;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header.ToString()))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParseList(header, out var values) || values.Count == 0)
        {
            return null;
        }

        return [.. values
            .Select((value, index) => (Value: value, Quality: value.Quality ?? 1d, Index: index))
            .Where(entry => entry.Quality > 0)
            .OrderByDescending(entry => entry.Quality)
            .ThenByDescending(entry => Specificity(entry.Value))
            .ThenBy(entry => entry.Index)
            .Select(entry => (entry.Value, entry.Quality))];
    }

    private static ResponseMediaType? Match(MediaTypeHeaderValue value)
    {
        if (value.MatchesAllTypes || IsApplication(value) && value.MatchesAllSubTypes || IsExactly(value, ResponseMediaTypes.Json))
        {
            return ResponseMediaType.Json;
        }

        return IsExactly(value, ResponseMediaTypes.GraphQLResponseJson) ? ResponseMediaType.GraphQLResponseJson : null;
    }

    private static double QualityOf(List<(MediaTypeHeaderValue Value, double Quality)> entries, string mediaType) =>
        entries.Where(entry => IsExactly(entry.Value, mediaType)).Select(entry => entry.Quality).DefaultIfEmpty(0).Max();

    private static bool IsApplication(MediaTypeHeaderValue value) =>
        value.Type.Equals("application", StringComparison.OrdinalIgnoreCase);

    private static bool IsExactly(MediaTypeHeaderValue value, string mediaType) =>
        value.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase);

    private static int Specificity(MediaTypeHeaderValue value) =>
        value.MatchesAllTypes ? 0 : value.MatchesAllSubTypes ? 1 : 2;
}
