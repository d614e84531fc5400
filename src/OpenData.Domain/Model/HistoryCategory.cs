namespace OpenData.Domain.Model;

public enum HistoryCategory
{
    InternationalFramework,
    Legal,
    Institutional,
    Leadership,
    Program,
    GenderAlert,
    Budget,
    Other,
}
