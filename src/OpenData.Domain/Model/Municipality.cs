namespace OpenData.Domain.Model;

public sealed class Municipality : ISourced
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? InegiCode { get; set; }
    public bool GenderAlert { get; set; }
    public string? GenderAlertDeclaredOn { get; set; }
    public DatePrecision? GenderAlertDeclaredOnPrecision { get; set; }
    public DateOnly? GenderAlertDeclaredOnStart { get; set; }
    public DateOnly? GenderAlertDeclaredOnEnd { get; set; }
    public string? Note { get; set; }
    public List<Source> Sources { get; set; } = [];
}
