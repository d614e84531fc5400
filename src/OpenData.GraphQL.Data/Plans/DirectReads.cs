namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// Whether compiled shapes may run without EF Core's execution pipeline once they have run through it
/// (<see cref="QueryEngineOptions.DirectReads"/>), and how many executions did (for tests and diagnostics).
/// </summary>
internal sealed class DirectReads(bool enabled)
{
    private long _count;

    public bool Enabled { get; } = enabled;

    /// <summary>Executions that ran on the direct path since start.</summary>
    public long Executions => Interlocked.Read(ref _count);

    public void Count() => Interlocked.Increment(ref _count);
}
