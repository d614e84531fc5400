namespace OpenData.Domain.Model;

/// <summary>A public office holder, with every spelling of the name the sources print.</summary>
public sealed class Person : ISourced, IConflictSubject
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> AlternateSpellings { get; set; } = [];
    public string? Note { get; set; }
    public List<Appointment> Appointments { get; set; } = [];
    public List<Source> Sources { get; set; } = [];

    /// <summary>The conflicts that concern this record (see <see cref="IConflictSubject"/>).</summary>
    public List<Conflict> Conflicts { get; set; } = [];
}
