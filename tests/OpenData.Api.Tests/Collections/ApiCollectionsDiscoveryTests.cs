using OpenData.Api.Collections;
using OpenData.Api.Collections.Glossary;
using OpenData.Api.Collections.Sources;
using OpenData.Domain.Collections;

namespace OpenData.Api.Tests.Collections;

/// <summary>
/// The API's collections are found, not listed: every feature file's static <c>Declaration</c> is matched to its Domain
/// collection by entity type and ordered by the Domain's one list (<see cref="DatasetCollections.All"/>).
/// </summary>
public sealed class ApiCollectionsDiscoveryTests
{
    private static IReadOnlyList<CollectionDeclaration> Declared => DatasetCollections.All.Declared;

    private static IReadOnlyList<ApiCollection> Found => ApiCollections.Discover(typeof(ApiCollections).Assembly);

    [Fact]
    public void Every_domain_collection_has_one_api_declaration_and_every_api_declaration_a_domain_collection()
    {
        Assert.Equal(Declared.Select(c => c.EntityType).Order(TypeOrder.Instance), Found.Select(c => c.Domain.EntityType).Order(TypeOrder.Instance));
        Assert.Equal(Declared.Count, ApiCollections.All.Count);
    }

    [Fact]
    public void The_order_is_the_domain_lists_roots_then_children()
    {
        // The collections of today keep the order of the downloads (a new collection may come anywhere among them).
        string[] today =
        [
            "institutions", "historyEvents", "legalInstruments", "plans", "objectives", "policies", "people", "appointments",
            "programs", "fundingRecords", "agreements", "municipalities", "centres", "sources", "conflicts", "glossaryTerms",
            "institutionNames", "agreementSignatories", "claims",
        ];
        Assert.Equal(today, ApiCollections.All.Select(c => c.Name).Where(today.Contains));
        Assert.Equal(
            [.. Declared.Where(c => c.Parent is null).Select(c => c.Name), .. Declared.Where(c => c.Parent is not null).Select(c => c.Name)],
            ApiCollections.All.Select(c => c.Name));
    }

    [Fact]
    public void A_domain_collection_without_an_api_declaration_fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiCollections.Match(Declared, [.. Found.Where(c => c.Name != "glossaryTerms")]));

        Assert.Contains("glossaryTerms has 0 API declarations; expected one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_domain_collection_with_two_api_declarations_fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiCollections.Match(Declared, [.. Found, SourcesCollection.Declaration]));

        Assert.Contains("sources has 2 API declarations; expected one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_api_declaration_of_no_domain_collection_fails()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ApiCollections.Match([.. Declared.Where(c => c.Name != "glossaryTerms")], Found));

        Assert.Contains("The API declaration of glossaryTerms is of no declared collection.", error.Message, StringComparison.Ordinal);
        Assert.Same(GlossaryTermsCollection.Declaration, Assert.Single(Found, c => c.Name == "glossaryTerms"));
    }

    private sealed class TypeOrder : IComparer<Type>
    {
        public static TypeOrder Instance { get; } = new();

        public int Compare(Type? x, Type? y) => StringComparer.Ordinal.Compare(x?.FullName, y?.FullName);
    }
}
