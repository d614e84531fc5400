namespace OpenData.Domain.Model;

public enum Jurisdiction
{
    State,
    Federal,
    International,
}
