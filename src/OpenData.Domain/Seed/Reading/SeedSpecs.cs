using OpenData.Domain.Model;
using C = OpenData.Domain.Seed.SeedCollections;

namespace OpenData.Domain.Seed.Reading;

/// <summary>The keys of every collection, as seed/README.md documents them.</summary>
internal static class SeedSpecs
{
    internal static readonly RecordSpec<InstitutionName> InstitutionName = new(C.InstitutionNames, nameof(Model.InstitutionName), (r, v) => r.Id = v, f =>
    [
        f.Text("name", (r, v) => r.Name = v, required: true),
        f.Text("acronym", (r, v) => r.Acronym = v),
        f.Date("usedFrom", (r, d) => r.UsedFrom = d),
        f.Date("usedUntil", (r, d) => r.UsedUntil = d),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ], (r, scope) => RecordChecks.NotBefore(scope, "usedUntil", r.UsedUntil?.End, "usedFrom", r.UsedFrom?.Start));

    internal static readonly RecordSpec<AgreementSignatory> AgreementSignatory = new(C.AgreementSignatories, nameof(Model.AgreementSignatory), (r, v) => r.Id = v, f =>
    [
        f.Ref("personId", C.People, (r, v) => r.PersonId = v, required: true),
        f.Text("role", (r, v) => r.Role = v),
        f.Text("party", (r, v) => r.Party = v),
        f.Text("note", (r, v) => r.Note = v),
    ]);

    internal static readonly RecordSpec<Claim> Claim = new(C.Claims, nameof(Model.Claim), (r, v) => r.Id = v, f =>
    [
        f.Int("position", (r, v) => r.Position = v, required: true, min: 1),
        f.Text("value", (r, v) => r.Value = v, required: true),
        f.Text("note", (r, v) => r.Note = v),
        f.Sources(),
    ]);

    /// <summary>Every seed file, in load order.</summary>
    public static IReadOnlyList<ISeedFile> Files { get; } =
    [
        new SeedFile<Source>(new(C.Sources, nameof(Source), (r, v) => r.Id = v, f =>
        [
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("publisher", (r, v) => r.Publisher = v),
            f.Enum<SourceKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Url("url", (r, v) => r.Url = v),
            f.Date("publishedOn", (r, d) => r.PublishedOn = d),
            f.Text("note", (r, v) => r.Note = v),
        ]), s => s.Sources),

        new SeedFile<LegalInstrument>(new(C.LegalInstruments, nameof(LegalInstrument), (r, v) => r.Id = v, f =>
        [
            f.Enum<LegalInstrumentKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("number", (r, v) => r.Number = v),
            f.Enum<Jurisdiction>("jurisdiction", (r, v) => r.Jurisdiction = v, required: true),
            f.Text("gazette", (r, v) => r.Gazette = v),
            f.Date("publishedOn", (r, d) => r.PublishedOn = d),
            f.Date("lastReformedOn", (r, d) => r.LastReformedOn = d),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ], (r, scope) => RecordChecks.NotBefore(scope, "lastReformedOn", r.LastReformedOn?.End, "publishedOn", r.PublishedOn?.Start)), s => s.LegalInstruments),

        new SeedFile<Institution>(new(C.Institutions, nameof(Institution), (r, v) => r.Id = v, f =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("acronym", (r, v) => r.Acronym = v),
            f.Text("stateName", (r, v) => r.StateName = v),
            f.Text("stateInegiCode", (r, v) => r.StateInegiCode = v),
            f.Text("classification", (r, v) => r.Classification = v),
            f.Date("foundedOn", (r, d) => r.FoundedOn = d),
            f.Ref("foundingInstrumentId", C.LegalInstruments, (r, v) => r.FoundingInstrumentId = v),
            f.Text("mission", (r, v) => r.Mission = v),
            f.Text("vision", (r, v) => r.Vision = v),
            f.Text("address", (r, v) => r.Address = v),
            f.Text("phone", (r, v) => r.Phone = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Children("formerNames", InstitutionName, r => r.FormerNames, (c, p) => c.InstitutionId = p.Id),
            f.Sources(),
        ]), s => s.Institutions),

        new SeedFile<Municipality>(new(C.Municipalities, nameof(Municipality), (r, v) => r.Id = v, f =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("inegiCode", (r, v) => r.InegiCode = v),
            f.Bool("genderAlert", (r, v) => r.GenderAlert = v, required: true),
            f.Date("genderAlertDeclaredOn", (r, d) => r.GenderAlertDeclaredOn = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.Municipalities),

        new SeedFile<HistoryEvent>(new(C.HistoryEvents, nameof(HistoryEvent), (r, v) => r.Id = v, f =>
        [
            f.Date("date", (r, d) => r.Date = d, required: true),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v, required: true),
            f.Enum<HistoryCategory>("category", (r, v) => r.Category = v, required: true),
            f.Ref("institutionId", C.Institutions, (r, v) => r.InstitutionId = v),
            f.Refs("municipalities", C.Municipalities, r => r.Municipalities),
            f.Refs("legalInstruments", C.LegalInstruments, r => r.LegalInstruments),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.HistoryEvents),

        new SeedFile<Plan>(new(C.Plans, nameof(Plan), (r, v) => r.Id = v, f =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Enum<Jurisdiction>("jurisdiction", (r, v) => r.Jurisdiction = v, required: true),
            f.Year("periodStartYear", (r, v) => r.PeriodStartYear = v, required: true),
            f.Year("periodEndYear", (r, v) => r.PeriodEndYear = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ], (r, scope) => RecordChecks.YearNotBefore(scope, "periodEndYear", r.PeriodEndYear, "periodStartYear", r.PeriodStartYear)), s => s.Plans),

        new SeedFile<Objective>(new(C.Objectives, nameof(Objective), (r, v) => r.Id = v, f =>
        [
            f.Ref("planId", C.Plans, (r, v) => r.PlanId = v, required: true),
            f.Ref("institutionId", C.Institutions, (r, v) => r.InstitutionId = v),
            f.Int("position", (r, v) => r.Position = v, required: true, min: 1),
            f.Text("text", (r, v) => r.Text = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.Objectives),

        new SeedFile<Policy>(new(C.Policies, nameof(Policy), (r, v) => r.Id = v, f =>
        [
            f.Ref("planId", C.Plans, (r, v) => r.PlanId = v, required: true),
            f.Int("position", (r, v) => r.Position = v, required: true, min: 1),
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("text", (r, v) => r.Text = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.Policies),

        new SeedFile<Person>(new(C.People, nameof(Person), (r, v) => r.Id = v, f =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.TextList("alternateSpellings", r => r.AlternateSpellings),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.People),

        new SeedFile<Appointment>(new(C.Appointments, nameof(Appointment), (r, v) => r.Id = v, f =>
        [
            f.Ref("personId", C.People, (r, v) => r.PersonId = v, required: true),
            f.Text("role", (r, v) => r.Role = v, required: true),
            f.Text("organisation", (r, v) => r.Organisation = v, required: true),
            f.Ref("institutionId", C.Institutions, (r, v) => r.InstitutionId = v),
            f.YearList("attestedYears", r => r.AttestedYears),
            f.Date("startedOn", (r, d) => r.StartedOn = d),
            f.Date("endedOn", (r, d) => r.EndedOn = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ], (r, scope) => RecordChecks.NotBefore(scope, "endedOn", r.EndedOn?.End, "startedOn", r.StartedOn?.Start)), s => s.Appointments),

        new SeedFile<PublicProgram>(new(C.Programs, "Program", (r, v) => r.Id = v, f =>
        [
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Text("acronym", (r, v) => r.Acronym = v),
            f.Enum<ProgramLevel>("level", (r, v) => r.Level = v, required: true),
            f.Text("agency", (r, v) => r.Agency = v),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Date("since", (r, d) => r.Since = d),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.Programs),

        new SeedFile<Agreement>(new(C.Agreements, nameof(Agreement), (r, v) => r.Id = v, f =>
        [
            f.Text("code", (r, v) => r.Code = v),
            f.Text("title", (r, v) => r.Title = v, required: true),
            f.TextList("parties", r => r.Parties),
            f.Year("fiscalYear", (r, v) => r.FiscalYear = v),
            f.Date("signedOn", (r, d) => r.SignedOn = d),
            f.Money("amount", (r, v) => r.Amount = v),
            f.Enum<AmountQualifier>("amountQualifier", (r, v) => r.AmountQualifier = v, required: true),
            f.Enum<MoneyMeasure>("measure", (r, v) => r.Measure = v, required: true),
            f.Text("note", (r, v) => r.Note = v),
            f.Children("signatories", AgreementSignatory, r => r.Signatories, (c, p) => c.AgreementId = p.Id),
            f.Sources(),
        ], (r, scope) => RecordChecks.AmountMatchesQualifier(scope, r.AmountQualifier)), s => s.Agreements),

        new SeedFile<FundingRecord>(new(C.FundingRecords, nameof(FundingRecord), (r, v) => r.Id = v, f =>
        [
            f.Ref("programId", C.Programs, (r, v) => r.ProgramId = v),
            f.Ref("institutionId", C.Institutions, (r, v) => r.InstitutionId = v),
            f.Ref("agreementId", C.Agreements, (r, v) => r.AgreementId = v),
            f.Year("fiscalYear", (r, v) => r.FiscalYear = v),
            f.Year("fiscalYearEnd", (r, v) => r.FiscalYearEnd = v),
            f.Money("amount", (r, v) => r.Amount = v),
            f.Enum<AmountQualifier>("amountQualifier", (r, v) => r.AmountQualifier = v, required: true),
            f.Enum<MoneyMeasure>("measure", (r, v) => r.Measure = v, required: true),
            f.Ref("partOfId", C.FundingRecords, (r, v) => r.PartOfId = v),
            f.Text("purpose", (r, v) => r.Purpose = v, required: true),
            f.Text("recipient", (r, v) => r.Recipient = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ], (r, scope) =>
        {
            RecordChecks.AmountMatchesQualifier(scope, r.AmountQualifier);
            RecordChecks.FiscalYearRange(scope, r.FiscalYear, r.FiscalYearEnd);
            RecordChecks.NotPartOfItself(scope, r.Id, r.PartOfId);
        }), s => s.FundingRecords),

        new SeedFile<Centre>(new(C.Centres, nameof(Centre), (r, v) => r.Id = v, f =>
        [
            f.Enum<CentreKind>("kind", (r, v) => r.Kind = v, required: true),
            f.Text("name", (r, v) => r.Name = v, required: true),
            f.Ref("municipalityId", C.Municipalities, (r, v) => r.MunicipalityId = v),
            f.Refs("municipalitiesServed", C.Municipalities, r => r.MunicipalitiesServed),
            f.Text("operator", (r, v) => r.Operator = v),
            f.Text("address", (r, v) => r.Address = v),
            f.Text("phone", (r, v) => r.Phone = v),
            f.Date("openedOn", (r, d) => r.OpenedOn = d),
            f.Date("closedOn", (r, d) => r.ClosedOn = d),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ], (r, scope) => RecordChecks.NotBefore(scope, "closedOn", r.ClosedOn?.End, "openedOn", r.OpenedOn?.Start)), s => s.Centres),

        new SeedFile<GlossaryTerm>(new(C.GlossaryTerms, nameof(GlossaryTerm), (r, v) => r.Id = v, f =>
        [
            f.Text("term", (r, v) => r.Term = v, required: true),
            f.Text("definition", (r, v) => r.Definition = v, required: true),
            f.IdList("relatedTerms", C.GlossaryTerms, r => r.RelatedTerms),
            f.Text("note", (r, v) => r.Note = v),
            f.Sources(),
        ]), s => s.GlossaryTerms),

        new SeedFile<Conflict>(new(C.Conflicts, nameof(Conflict), (r, v) => r.Id = v, f =>
        [
            f.Text("topic", (r, v) => r.Topic = v, required: true),
            f.Text("summary", (r, v) => r.Summary = v),
            f.Text("subjectType", (r, v) => r.SubjectType = v, required: true),
            f.Text("subjectId", (r, v) => r.SubjectId = v, required: true),
            ConflictConcerns.Field(),
            f.Text("note", (r, v) => r.Note = v),
            f.Children("claims", Claim, r => r.Claims, (c, p) => c.ConflictId = p.Id, min: 2),
            f.Sources(),
        ], RecordChecks.ConflictSubject), s => s.Conflicts),
    ];
}
