namespace OpenData.Api.Data;

/// <summary>When start-up runs SQLite's integrity check (<see cref="DatabaseOptions.IntegrityCheckOnStart"/>).</summary>
public enum StartupIntegrityCheck
{
    /// <summary>Unless the file is unchanged since a check passed on it (<see cref="IntegrityRecord"/>).</summary>
    Once,

    /// <summary>At every start.</summary>
    Always,

    /// <summary>Never at start-up: <c>/readyz</c> checks in the background.</summary>
    Never,
}
