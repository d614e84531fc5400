namespace OpenData.Domain.Model;

/// <summary>
/// A record a <see cref="Conflict"/> may concern. <see cref="Conflicts"/> lists every conflict that concerns it, as
/// its main subject or among the other records it names (join table <c>{Entity}Conflicts</c>, filled from the seed).
/// </summary>
public interface IConflictSubject : IRecord
{
    List<Conflict> Conflicts { get; }
}
