using System.Globalization;
using System.Text;
using System.Xml;
using OpenData.Domain.Model;

namespace OpenData.Api.Feed;

/// <summary>
/// The Atom 1.0 feed (RFC 4287) of the dataset's releases, in Spanish: one entry per release, newest first, whose
/// content lists what it changed (records added, removed and changed, each changed value before and after).
/// </summary>
internal static class ChangesFeed
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string MediaType = "application/atom+xml; charset=utf-8";

    public static byte[] Write(string title, string publisher, Uri feedUrl, Uri apiUrl, DateTime builtAt,
        IReadOnlyList<Release> releases, IReadOnlyDictionary<string, IReadOnlyList<RecordChange>> changesByRelease)
    {
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(changesByRelease);
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, "es");
            xml.WriteElementString("id", AtomNamespace, feedUrl.ToString());
            xml.WriteElementString("title", AtomNamespace, $"{title}: cambios por versión");
            xml.WriteElementString("subtitle", AtomNamespace, "Cada versión publicada de los datos abiertos del IEM Durango, con los registros nuevos, retirados y corregidos, y cada valor antes y después.");
            xml.WriteElementString("updated", AtomNamespace, Timestamp(releases.Count == 0 ? builtAt : releases[^1].PublishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
            Link(xml, "self", feedUrl.ToString(), "application/atom+xml");
            Link(xml, "alternate", apiUrl.ToString(), "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, publisher);
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNamespace, "OpenData IEM Durango");

            for (var i = releases.Count - 1; i >= 0; i--)
            {
                var release = releases[i];
                var changes = changesByRelease.TryGetValue(release.Id, out var found) ? found : [];
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, new Uri(feedUrl, "#version-" + Uri.EscapeDataString(release.Id)).ToString());
                xml.WriteElementString("title", AtomNamespace, $"Versión {release.Id} ({release.PublishedOn:yyyy-MM-dd}): {release.Note}");
                xml.WriteElementString("updated", AtomNamespace, Timestamp(release.PublishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                xml.WriteElementString("published", AtomNamespace, Timestamp(release.PublishedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                var since = i == 0 ? null : releases[i - 1].Id;
                Link(xml, "alternate", ChangesQueryUrl(apiUrl, since), "text/html");
                xml.WriteElementString("summary", AtomNamespace, string.Create(CultureInfo.InvariantCulture,
                    $"{release.AddedCount} registros nuevos, {release.ChangedCount} cambiados y {release.RemovedCount} retirados."));
                xml.WriteStartElement("content", AtomNamespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(Describe(release, changes));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    /// <summary>The release's changes as plain text, one record per paragraph.</summary>
    private static string Describe(Release release, IReadOnlyList<RecordChange> changes)
    {
        var text = new StringBuilder();
        text.Append(release.Note).Append('\n');
        foreach (var change in changes)
        {
            var kind = change.Kind switch
            {
                ChangeKind.Added => "Nuevo",
                ChangeKind.Removed => "Retirado",
                _ => "Cambiado",
            };
            text.Append('\n').Append(kind).Append(": ").Append(change.RecordType).Append(' ').Append(change.RecordId).Append('\n');
            if (change.Kind == ChangeKind.Changed)
            {
                foreach (var field in change.Fields)
                {
                    text.Append("  ").Append(field.Field).Append(": ").Append(Value(field.Before)).Append(" → ").Append(Value(field.After)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Value(string? value) => value is null ? "(sin valor)" : value.Length > 200 ? value[..200] + "…" : value;

    private static string ChangesQueryUrl(Uri apiUrl, string? since)
    {
        var argument = since is null ? "\"2000-01-01\"" : $"\"{since}\"";
        var query = $"{{ changes(since: {argument}, first: 100) {{ nodes {{ recordType recordId kind fields {{ field before after }} }} }} }}";
        return apiUrl + "?query=" + Uri.EscapeDataString(query);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
