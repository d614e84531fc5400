namespace OpenData.Domain.Model;

/// <summary>A record of the dataset, identified by a stable lowercase slug.</summary>
public interface IRecord
{
    string Id { get; }
}
