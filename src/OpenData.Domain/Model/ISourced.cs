namespace OpenData.Domain.Model;

/// <summary>A record backed by one or more sources (every record but a source itself).</summary>
public interface ISourced : IRecord
{
    List<Source> Sources { get; }
}
