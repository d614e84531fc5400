namespace OpenData.Domain.Model;

/// <summary>A person who signed an agreement (covered by the agreement's sources).</summary>
public sealed class AgreementSignatory : IRecord
{
    public string Id { get; set; } = "";
    public string AgreementId { get; set; } = "";
    public Agreement? Agreement { get; set; }
    public string PersonId { get; set; } = "";
    public Person? Person { get; set; }
    public string? Role { get; set; }
    public string? Party { get; set; }
    public string? Note { get; set; }
}
