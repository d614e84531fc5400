using System.Globalization;

namespace OpenData.Synthetic;

/// <summary>
/// Slugs of synthetic records: a Spanish prefix per collection and a zero-padded number, so that ids sort
/// in the order the rows are written. The first institution is the IEM's real slug, the API's default.
/// </summary>
internal sealed class SyntheticIds(SyntheticPlan plan)
{
    public const string Iem = "iem-durango";

    private readonly int _width = Math.Max(7, plan.Rows.ToString(CultureInfo.InvariantCulture).Length);

    public string Source(int i) => Of("fuente", i);
    public string Institution(int i) => i == 0 ? Iem : Of("institucion", i);
    public string InstitutionName(int i) => Of("nombre-anterior", i);
    public string LegalInstrument(int i) => Of("instrumento", i);
    public string HistoryEvent(int i) => Of("hecho", i);
    public string Plan(int i) => Of("plan", i);
    public string Objective(int i) => Of("objetivo", i);
    public string Policy(int i) => Of("politica", i);
    public string Person(int i) => Of("persona", i);
    public string Appointment(int i) => Of("cargo", i);
    public string Program(int i) => Of("programa", i);
    public string FundingRecord(int i) => Of("financiamiento", i);
    public string Agreement(int i) => Of("convenio", i);
    public string AgreementSignatory(int i) => Of("firmante", i);
    public string Municipality(int i) => Of("municipio", i);
    public string Centre(int i) => Of("centro", i);
    public string GlossaryTerm(int i) => Of("termino", i);
    public string Conflict(int i) => Of("conflicto", i);
    public string Claim(int i) => Of("version", i);

    private string Of(string prefix, int i) => prefix + "-" + (i + 1).ToString("D" + _width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
