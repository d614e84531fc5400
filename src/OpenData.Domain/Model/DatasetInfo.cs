namespace OpenData.Domain.Model;

/// <summary>Written by the build (one row): the dataset version, when it was built, and the counts per collection.</summary>
public sealed class DatasetInfo
{
    public const string SingletonId = "dataset";

    public string Id { get; set; } = SingletonId;

    /// <summary>Lowercase hex SHA-256 over the seed files (see <c>SeedVersion</c>).</summary>
    public string Version { get; set; } = "";
    public DateTime BuiltAt { get; set; }

    /// <summary>Lowercase hex SHA-256 of the seed's collection files alone (without the releases), as a release records it.</summary>
    public string Content { get; set; } = "";

    /// <summary>
    /// Fingerprint of the database layout that wrote this dataset (tables, columns, indexes and build steps; see
    /// <c>DatasetLayout</c>), so that a database written by an older build of the code is rebuilt even when the
    /// seed has not changed. Empty in databases written before the fingerprint existed.
    /// </summary>
    public string Layout { get; set; } = "";
    public bool IsSynthetic { get; set; }
    public int SourceCount { get; set; }
    public int InstitutionCount { get; set; }
    public int InstitutionNameCount { get; set; }
    public int HistoryEventCount { get; set; }
    public int LegalInstrumentCount { get; set; }
    public int PlanCount { get; set; }
    public int ObjectiveCount { get; set; }
    public int PolicyCount { get; set; }
    public int PersonCount { get; set; }
    public int AppointmentCount { get; set; }
    public int ProgramCount { get; set; }
    public int FundingRecordCount { get; set; }
    public int AgreementCount { get; set; }
    public int AgreementSignatoryCount { get; set; }
    public int MunicipalityCount { get; set; }
    public int CentreCount { get; set; }
    public int GlossaryTermCount { get; set; }
    public int ConflictCount { get; set; }
    public int ClaimCount { get; set; }
}
