namespace OpenData.Domain.Model;

public enum LegalInstrumentKind
{
    Law,
    Decree,
    Reform,
    OperatingRules,
    Agreement,
    Plan,
    Regulation,
    Initiative,
}
