namespace OpenData.Synthetic;

/// <summary>
/// How many rows of each kind a synthetic dataset of about <see cref="Rows"/> rows holds (all tables but
/// DatasetInfo, join tables included). The proportions follow the shape of the real data, scaled up: funding
/// records, history events, sources and their join rows make up most of it; people, appointments, centres,
/// agreements and the small catalogues (plans, programmes, glossary) follow at plausible ratios. The source
/// links of funding records absorb the rounding, so the total is exactly <see cref="Rows"/>.
/// </summary>
public sealed class SyntheticPlan
{
    /// <summary>The smallest dataset the plan supports (every collection gets at least one row).</summary>
    public const int MinimumRows = 1_000;

    /// <summary>Durango's municipalities: the synthetic set starts with these names.</summary>
    public const int RealMunicipalities = 39;

    private const double FundingSourcesPerRecord = 1.25;
    private const double HistorySourcesPerEvent = 1.2;
    private const double OtherSourcesPerRecord = 1.3;
    private const double MunicipalitiesPerEvent = 0.3;
    private const double InstrumentsPerEvent = 0.05;

    public SyntheticPlan(int rows)
    {
        if (rows < MinimumRows)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), rows, $"A synthetic dataset needs at least {MinimumRows} rows.");
        }

        Rows = rows;
        var scale = rows / PerMillionTotal();
        int Scaled(double perMillion, int minimum = 1) => Math.Max(minimum, (int)Math.Round(perMillion * scale));

        Sources = Scaled(70_000, 5);
        Institutions = Scaled(40);
        InstitutionNames = Scaled(60);
        LegalInstruments = Scaled(4_000, 2);
        HistoryEvents = Scaled(150_000);
        Plans = Scaled(150);
        Objectives = Scaled(1_500);
        Policies = Scaled(750);
        People = Scaled(12_000);
        Appointments = Scaled(18_000);
        Programs = Scaled(1_200);
        FundingRecords = Scaled(200_000);
        Agreements = Scaled(4_000);
        AgreementSignatories = Scaled(10_000);
        Municipalities = Scaled(500, RealMunicipalities);
        Centres = Scaled(3_000);
        GlossaryTerms = Scaled(500);
        Conflicts = Scaled(2_000);
        Claims = Math.Max(2 * Conflicts, Scaled(4_500));

        HistoryEventMunicipalities = (int)Math.Round(HistoryEvents * MunicipalitiesPerEvent);
        HistoryEventLegalInstruments = (int)Math.Round(HistoryEvents * InstrumentsPerEvent);
        CentreMunicipalitiesServed = Centres;
        HistoryEventSources = (int)Math.Round(HistoryEvents * HistorySourcesPerEvent);
        int[] otherSourced = [Institutions, InstitutionNames, LegalInstruments, Plans, Objectives, Policies, People,
            Appointments, Programs, Agreements, Municipalities, Centres, GlossaryTerms, Conflicts, Claims];
        ConflictSubjectLinks = Conflicts;
        var rest = rows - EntityRows - HistoryEventMunicipalities - HistoryEventLegalInstruments - CentreMunicipalitiesServed
            - HistoryEventSources - ConflictSubjectLinks - otherSourced.Sum(SourceLinks);
        FundingRecordSources = Math.Max(FundingRecords, rest);
    }

    public int Rows { get; }

    public int Sources { get; }
    public int Institutions { get; }
    public int InstitutionNames { get; }
    public int LegalInstruments { get; }
    public int HistoryEvents { get; }
    public int Plans { get; }
    public int Objectives { get; }
    public int Policies { get; }
    public int People { get; }
    public int Appointments { get; }
    public int Programs { get; }
    public int FundingRecords { get; }
    public int Agreements { get; }
    public int AgreementSignatories { get; }
    public int Municipalities { get; }
    public int Centres { get; }
    public int GlossaryTerms { get; }
    public int Conflicts { get; }
    public int Claims { get; }

    public int HistoryEventMunicipalities { get; }
    public int HistoryEventLegalInstruments { get; }
    public int CentreMunicipalitiesServed { get; }
    public int HistoryEventSources { get; }
    public int FundingRecordSources { get; }

    /// <summary>One row per conflict in its subject's {Entity}Conflicts table, so the subject lists it.</summary>
    public int ConflictSubjectLinks { get; }

    /// <summary>Rows of the entity tables (join tables excluded).</summary>
    public int EntityRows =>
        Sources + Institutions + InstitutionNames + LegalInstruments + HistoryEvents + Plans + Objectives + Policies + People
        + Appointments + Programs + FundingRecords + Agreements + AgreementSignatories + Municipalities + Centres
        + GlossaryTerms + Conflicts + Claims;

    /// <summary>The source links of a collection of <paramref name="records"/> records other than funding records and history events.</summary>
    public static int SourceLinks(int records) => (int)Math.Round(records * OtherSourcesPerRecord);

    private static double PerMillionTotal()
    {
        const double entities = 70_000 + 40 + 60 + 4_000 + 150_000 + 150 + 1_500 + 750 + 12_000 + 18_000 + 1_200 + 200_000
            + 4_000 + 10_000 + 500 + 3_000 + 500 + 2_000 + 4_500;
        const double other = 40 + 60 + 4_000 + 150 + 1_500 + 750 + 12_000 + 18_000 + 1_200 + 4_000 + 500 + 3_000 + 500 + 2_000 + 4_500;
        return entities + (200_000 * FundingSourcesPerRecord) + (150_000 * (HistorySourcesPerEvent + MunicipalitiesPerEvent + InstrumentsPerEvent))
            + 3_000 + 2_000 + (other * OtherSourcesPerRecord);
    }
}
