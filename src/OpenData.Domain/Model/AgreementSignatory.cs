namespace OpenData.Domain.Model;

/// <summary>A person who signed an agreement. Its sources are the agreement's, copied when the seed is read.</summary>
public sealed class AgreementSignatory : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string AgreementId { get; set; } = "";
    public Agreement? Agreement { get; set; }
    public string PersonId { get; set; } = "";
    public Person? Person { get; set; }
    public string? Role { get; set; }
    public string? Party { get; set; }
    public string? Note { get; set; }

    /// <summary>The agreement's sources (a signatory is covered by them; not a key of the seed file).</summary>
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
