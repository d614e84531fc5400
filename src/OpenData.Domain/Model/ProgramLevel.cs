namespace OpenData.Domain.Model;

public enum ProgramLevel
{
    Federal,
    State,
    Municipal,
}
