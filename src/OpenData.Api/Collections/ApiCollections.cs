using System.Collections.Frozen;
using OpenData.Api.Collections.Agreements;
using OpenData.Api.Collections.Centres;
using OpenData.Api.Collections.Conflicts;
using OpenData.Api.Collections.Funding;
using OpenData.Api.Collections.Glossary;
using OpenData.Api.Collections.History;
using OpenData.Api.Collections.Institutions;
using OpenData.Api.Collections.Legal;
using OpenData.Api.Collections.Municipalities;
using OpenData.Api.Collections.People;
using OpenData.Api.Collections.Plans;
using OpenData.Api.Collections.Programs;
using OpenData.Api.Collections.Sources;

namespace OpenData.Api.Collections;

/// <summary>
/// Every collection the API publishes, in the order of the downloads: the collections of the Query root, then the
/// child collections (reached through their parent). Adding a collection is one line here and one file in its feature
/// folder, <c>Collections/Reports/ReportsCollection.cs</c>, holding its declaration and its GraphQL type (as the Domain's
/// <c>Collections/Reports/ReportsCollection.cs</c> holds its declaration and its entity).
/// </summary>
internal static class ApiCollections
{
    public static IReadOnlyList<ApiCollection> All { get; } =
    [
        InstitutionsCollection.Declaration,
        HistoryEventsCollection.Declaration,
        LegalInstrumentsCollection.Declaration,
        PlansCollection.Declaration,
        ObjectivesCollection.Declaration,
        PoliciesCollection.Declaration,
        PeopleCollection.Declaration,
        AppointmentsCollection.Declaration,
        ProgramsCollection.Declaration,
        FundingRecordsCollection.Declaration,
        AgreementsCollection.Declaration,
        MunicipalitiesCollection.Declaration,
        CentresCollection.Declaration,
        SourcesCollection.Declaration,
        ConflictsCollection.Declaration,
        GlossaryTermsCollection.Declaration,
        InstitutionNamesCollection.Declaration,
        AgreementSignatoriesCollection.Declaration,
        ClaimsCollection.Declaration,
    ];

    private static readonly FrozenDictionary<string, ApiCollection> ByTypeName = All.ToFrozenDictionary(c => c.TypeName, StringComparer.Ordinal);

    /// <summary>The collection whose records are published as <paramref name="typeName"/>, or null.</summary>
    public static ApiCollection? OfType(string typeName) => ByTypeName.GetValueOrDefault(typeName);
}
