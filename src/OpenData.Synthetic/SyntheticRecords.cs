using System.Globalization;
using OpenData.Domain.Model;

namespace OpenData.Synthetic;

/// <summary>
/// Makes the i-th synthetic record of each collection. Every draw comes from one seeded
/// <see cref="Random"/> in a fixed order, so the same plan and seed give the same records.
/// References point at records that exist (their ids are computed from the plan).
/// </summary>
internal sealed class SyntheticRecords(SyntheticPlan plan, SyntheticIds ids, Random random)
{
    private const string StateGovernment = "Gobierno del Estado de Durango";

    private readonly SyntheticText _text = new(random);

    public Source Source(int i)
    {
        var year = random.Next(1995, 2026);
        var published = Chance(0.8) ? Date(year, year) : (PartialDate?)null;
        var id = ids.Source(i);
        return new Source
        {
            Id = id,
            Title = _text.SourceTitle(year),
            Publisher = _text.Publisher(),
            Kind = Weighted(SourceKinds, [50, 30, 8, 7, 5]),
            Url = "https://datos-sinteticos.example/fuentes/" + id,
            PublishedOn = published,
            Note = _text.Note(),
        };
    }

    public LegalInstrument LegalInstrument(int i)
    {
        var published = Date(1917, 2025);
        var reformed = Chance(0.3) ? Date(published.Start.Year, 2025) : (PartialDate?)null;
        var jurisdiction = Weighted(Jurisdictions, [60, 35, 5]);
        var kind = Weighted(InstrumentKinds, [20, 20, 25, 10, 10, 5, 5, 5]);
        return new LegalInstrument
        {
            Id = ids.LegalInstrument(i),
            Kind = kind,
            Title = string.Create(CultureInfo.InvariantCulture, $"{InstrumentTitles[(int)kind]} en materia de {_text.Topic()} ({published.Start.Year})"),
            Number = Chance(0.5) ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 600)}/{published.Start.Year}") : null,
            Jurisdiction = jurisdiction,
            Gazette = jurisdiction == Jurisdiction.State ? "Periódico Oficial del Estado de Durango" : "Diario Oficial de la Federación",
            PublishedOn = published,
            LastReformedOn = reformed,
            Summary = _text.Sentences("el estado de Durango"),
            Note = _text.Note(),
        };
    }

    public Municipality Municipality(int i)
    {
        var alert = Chance(0.4);
        var declared = alert ? Date(2018, 2018) : (PartialDate?)null;
        return new Municipality
        {
            Id = ids.Municipality(i),
            Name = SyntheticText.Municipality(i),
            InegiCode = string.Create(CultureInfo.InvariantCulture, $"10{i + 1:D3}"),
            GenderAlert = alert,
            GenderAlertDeclaredOn = declared,
            Note = _text.Note(),
        };
    }

    public Institution Institution(int i)
    {
        var place = MunicipalityName();
        var founded = Date(1990, 2020);
        return new Institution
        {
            Id = ids.Institution(i),
            Name = i == 0 ? "Instituto Estatal de las Mujeres de Durango" : $"Instancia Municipal de las Mujeres de {place}",
            Acronym = i == 0 ? "IEM" : null,
            StateName = "Durango",
            StateInegiCode = "10",
            Classification = i == 0 ? "Organismo público descentralizado" : "Instancia municipal",
            FoundedOn = founded,
            FoundingInstrumentId = Chance(0.7) ? ids.LegalInstrument(random.Next(plan.LegalInstruments)) : null,
            Mission = _text.Sentences(place),
            Vision = _text.Sentences(place),
            Address = Address(place),
            Phone = Phone(),
            Note = _text.Note(),
        };
    }

    public InstitutionName InstitutionName(int i)
    {
        var from = Date(1975, 2000);
        var until = Date(from.Start.Year, 2010);
        return new InstitutionName
        {
            Id = ids.InstitutionName(i),
            InstitutionId = ids.Institution(i % plan.Institutions),
            Name = $"Instituto de la Mujer Duranguense en {MunicipalityName()}",
            Acronym = Chance(0.5) ? "IMD" : null,
            UsedFrom = from,
            UsedUntil = until,
            Note = _text.Note(),
        };
    }

    public HistoryEvent HistoryEvent(int i)
    {
        var date = Date(1975, 2025);
        var place = MunicipalityName();
        return new HistoryEvent
        {
            Id = ids.HistoryEvent(i),
            Date = date,
            Title = _text.EventTitle(place),
            Summary = _text.Sentences(place),
            Category = Weighted(Categories, [5, 15, 15, 10, 20, 15, 15, 5]),
            InstitutionId = Chance(0.5) ? Institution() : null,
            Note = _text.Note(),
        };
    }

    public Plan Plan(int i)
    {
        var start = random.Next(1980, 2025);
        var jurisdiction = Weighted(Jurisdictions, [70, 28, 2]);
        return new Plan
        {
            Id = ids.Plan(i),
            Name = string.Create(CultureInfo.InvariantCulture, $"{(jurisdiction == Jurisdiction.State ? "Plan Estatal de Desarrollo" : "Programa de Igualdad")} {start}-{start + 6}"),
            Jurisdiction = jurisdiction,
            PeriodStartYear = start,
            PeriodEndYear = start + 6,
            Summary = _text.Sentences("Durango"),
            Note = _text.Note(),
        };
    }

    public Objective Objective(int i) => new()
    {
        Id = ids.Objective(i),
        PlanId = ids.Plan(i % plan.Plans),
        InstitutionId = Chance(0.5) ? Institution() : null,
        Position = (i / plan.Plans) + 1,
        Text = $"Impulsar la {_text.Topic()} en {MunicipalityName()}.",
        Note = _text.Note(),
    };

    public Policy Policy(int i) => new()
    {
        Id = ids.Policy(i),
        PlanId = ids.Plan(i % plan.Plans),
        Position = (i / plan.Plans) + 1,
        Name = $"Política transversal de {_text.Topic()}",
        Text = _text.Sentences("todo el estado"),
        Note = _text.Note(),
    };

    public Person Person(int i)
    {
        var name = _text.Person();
        return new Person
        {
            Id = ids.Person(i),
            Name = name,
            AlternateSpellings = Chance(0.2) ? [name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..]] : [],
            Note = _text.Note(),
        };
    }

    public Appointment Appointment(int i)
    {
        var first = random.Next(1995, 2025);
        var started = Chance(0.5) ? Date(first, first) : (PartialDate?)null;
        var ended = Chance(0.3) ? Date(first + 1, first + 3) : (PartialDate?)null;
        return new Appointment
        {
            Id = ids.Appointment(i),
            PersonId = ids.Person(i % plan.People),
            Role = _text.Role(),
            Organisation = _text.Organisation(),
            InstitutionId = Chance(0.4) ? Institution() : null,
            AttestedYears = [.. Enumerable.Range(first, random.Next(1, 4))],
            StartedOn = started,
            EndedOn = ended,
            Note = _text.Note(),
        };
    }

    public PublicProgram Program(int i)
    {
        var since = Chance(0.7) ? Date(1998, 2024) : (PartialDate?)null;
        return new PublicProgram
        {
            Id = ids.Program(i),
            Name = $"Programa de {_text.Topic()}",
            Acronym = Chance(0.5) ? Acronym() : null,
            Level = Weighted(Levels, [50, 40, 10]),
            Agency = _text.Organisation(),
            Summary = _text.Sentences("Durango"),
            Since = since,
            Note = _text.Note(),
        };
    }

    public Agreement Agreement(int i)
    {
        var year = random.Next(2005, 2026);
        var signed = Chance(0.7) ? Date(year, year) : (PartialDate?)null;
        var (amount, qualifier) = Money(0.7);
        return new Agreement
        {
            Id = ids.Agreement(i),
            Code = Chance(0.6) ? string.Create(CultureInfo.InvariantCulture, $"CONV-{year}-{i + 1:D5}") : null,
            Title = string.Create(CultureInfo.InvariantCulture, $"Convenio de coordinación para {_text.Topic()} ({year})"),
            Parties = [StateGovernment, _text.Organisation()],
            FiscalYear = year,
            SignedOn = signed,
            Amount = amount,
            AmountQualifier = qualifier,
            Measure = Weighted(Measures, [30, 30, 25, 10, 5]),
            Note = _text.Note(),
        };
    }

    public AgreementSignatory AgreementSignatory(int i) => new()
    {
        Id = ids.AgreementSignatory(i),
        AgreementId = ids.Agreement(i % plan.Agreements),
        PersonId = ids.Person(random.Next(plan.People)),
        Role = _text.Role(),
        Party = Chance(0.5) ? StateGovernment : _text.Organisation(),
        Note = _text.Note(),
    };

    public FundingRecord FundingRecord(int i)
    {
        var year = Chance(0.9) ? random.Next(2000, 2026) : (int?)null;
        var (amount, qualifier) = Money(0.9);
        return new FundingRecord
        {
            Id = ids.FundingRecord(i),
            ProgramId = Chance(0.7) ? ids.Program(random.Next(plan.Programs)) : null,
            InstitutionId = Chance(0.3) ? Institution() : null,
            AgreementId = Chance(0.1) ? ids.Agreement(random.Next(plan.Agreements)) : null,
            FiscalYear = year,
            FiscalYearEnd = year is not null && Chance(0.1) ? year + 1 : null,
            Amount = amount,
            AmountQualifier = qualifier,
            Measure = Weighted(Measures, [30, 30, 25, 10, 5]),
            Purpose = $"Subsidio para {_text.Topic()} en {MunicipalityName()}",
            Recipient = Chance(0.6) ? (Chance(0.5) ? StateGovernment : _text.Organisation()) : null,
            Note = _text.Note(),
        };
    }

    public Centre Centre(int i, int municipality)
    {
        var place = SyntheticText.Municipality(municipality);
        var kind = Weighted(CentreKinds, [50, 20, 5, 10, 15]);
        var opened = Chance(0.7) ? Date(2000, 2025) : (PartialDate?)null;
        var closed = opened is not null && Chance(0.05) ? Date(opened.Value.Start.Year, 2025) : (PartialDate?)null;
        return new Centre
        {
            Id = ids.Centre(i),
            Kind = kind,
            Name = $"{CentreNames[(int)kind]} de {place}",
            MunicipalityId = ids.Municipality(municipality),
            Operator = Chance(0.6) ? "Instituto Estatal de las Mujeres de Durango" : _text.Organisation(),
            Address = Address(place),
            Phone = Phone(),
            OpenedOn = opened,
            ClosedOn = closed,
            Summary = _text.Sentences(place),
            Note = _text.Note(),
        };
    }

    public GlossaryTerm GlossaryTerm(int i) => new()
    {
        Id = ids.GlossaryTerm(i),
        Term = string.Create(CultureInfo.InvariantCulture, $"{_text.Term()} {i + 1}"),
        Definition = _text.Sentences("el ámbito estatal"),
        RelatedTerms = plan.GlossaryTerms > 1 && Chance(0.5) ? [ids.GlossaryTerm((i + 1 + random.Next(plan.GlossaryTerms - 1)) % plan.GlossaryTerms)] : [],
        Note = _text.Note(),
    };

    public Conflict Conflict(int i)
    {
        var aboutMoney = Chance(0.5);
        return new Conflict
        {
            Id = ids.Conflict(i),
            Topic = aboutMoney ? $"Monto en disputa: {_text.Topic()}" : $"Fecha en disputa: {_text.Topic()}",
            Summary = _text.Sentences("Durango"),
            SubjectType = aboutMoney ? "FundingRecord" : "HistoryEvent",
            SubjectId = aboutMoney ? ids.FundingRecord(random.Next(plan.FundingRecords)) : ids.HistoryEvent(random.Next(plan.HistoryEvents)),
            Note = _text.Note(),
        };
    }

    public Claim Claim(int i)
    {
        var position = (i / plan.Conflicts) + 1;
        return new Claim
        {
            Id = ids.Claim(i),
            ConflictId = ids.Conflict(i % plan.Conflicts),
            Position = position,
            Value = string.Create(CultureInfo.InvariantCulture, $"Versión {position}: {_text.Publisher()} da otro dato"),
            Note = _text.Note(),
        };
    }

    private static readonly MoneyMeasure[] Measures = [MoneyMeasure.Budget, MoneyMeasure.Transfer, MoneyMeasure.Spent, MoneyMeasure.NotStated, MoneyMeasure.Returned];
    private static readonly SourceKind[] SourceKinds = Enum.GetValues<SourceKind>();
    private static readonly Jurisdiction[] Jurisdictions = Enum.GetValues<Jurisdiction>();
    private static readonly LegalInstrumentKind[] InstrumentKinds = Enum.GetValues<LegalInstrumentKind>();
    private static readonly HistoryCategory[] Categories = Enum.GetValues<HistoryCategory>();
    private static readonly ProgramLevel[] Levels = Enum.GetValues<ProgramLevel>();
    private static readonly CentreKind[] CentreKinds = Enum.GetValues<CentreKind>();

    private static readonly string[] InstrumentTitles =
        ["Ley", "Decreto", "Reforma", "Reglas de operación", "Acuerdo", "Plan", "Reglamento", "Iniciativa"];

    private static readonly string[] CentreNames =
        ["Centro para el Desarrollo de las Mujeres", "Centro de Atención Integral", "Centro de Justicia para las Mujeres", "Refugio", "Oficina regional"];

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Weighted<T>(T[] values, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return values[i];
            }
        }

        return values[^1];
    }

    private string Institution() => ids.Institution(random.Next(plan.Institutions));

    private string MunicipalityName() => SyntheticText.Municipality(random.Next(plan.Municipalities));

    private (decimal? Amount, AmountQualifier Qualifier) Money(double stated) =>
        Chance(stated)
            ? (random.NextInt64(1_000_000, 5_000_000_000) / 100m, Weighted([AmountQualifier.Exact, AmountQualifier.AtLeast, AmountQualifier.Approximate], [80, 5, 15]))
            : (null, AmountQualifier.NotStated);

    private string Address(string place) =>
        string.Create(CultureInfo.InvariantCulture, $"Calle {_text.Pick(["Hidalgo", "Juárez", "Zaragoza", "Constitución", "Madero", "Negrete"])} {random.Next(1, 1500)}, {place}, Durango");

    private string Phone() => string.Create(CultureInfo.InvariantCulture, $"618 {random.Next(100, 1000)} {random.Next(1000, 10000)}");

    private string Acronym() => string.Concat(Enumerable.Range(0, random.Next(3, 7)).Select(_ => (char)('A' + random.Next(26))));

    /// <summary>A partial date between the two years: a day (60%), a month (20%) or a year (20%).</summary>
    private PartialDate Date(int fromYear, int toYear)
    {
        var year = random.Next(fromYear, Math.Max(fromYear, toYear) + 1);
        var roll = random.Next(10);
        if (roll < 2)
        {
            return new PartialDate(year.ToString("D4", CultureInfo.InvariantCulture), DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var month = random.Next(1, 13);
        var first = new DateOnly(year, month, 1);
        if (roll < 4)
        {
            return new PartialDate(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), DatePrecision.Month, first, first.AddMonths(1).AddDays(-1));
        }

        var day = first.AddDays(random.Next(DateTime.DaysInMonth(year, month)));
        return new PartialDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, day, day);
    }
}
