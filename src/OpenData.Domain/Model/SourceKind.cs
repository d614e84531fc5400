namespace OpenData.Domain.Model;

public enum SourceKind
{
    Official,
    Press,
    Academic,
    CivilSociety,
    Other,
}
