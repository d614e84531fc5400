namespace OpenData.Domain.Model;

/// <summary>A record backed by one or more sources (every record but a source itself).</summary>
/// <remarks>
/// The records' lists of other records (here and in every entity) are created when first read
/// (<c>get =&gt; field ??= []</c>), not with the record: a row read for a page that does not select them costs no empty
/// lists. EF Core fills them through their backing fields (a navigation it finds null is an empty one); code that adds
/// to a list reads it first, which creates and keeps it. Lists of values (strings, years) are columns EF Core saves
/// through the field, so they stay created with the record.
/// </remarks>
public interface ISourced : IRecord
{
    List<Source> Sources { get; }
}
