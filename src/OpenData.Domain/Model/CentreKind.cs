namespace OpenData.Domain.Model;

public enum CentreKind
{
    Cdm,
    Cai,
    JusticeCentre,
    Shelter,
    Office,
}
