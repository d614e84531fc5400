namespace OpenData.Domain.Model;

/// <summary>What happened to a record between two releases.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}
