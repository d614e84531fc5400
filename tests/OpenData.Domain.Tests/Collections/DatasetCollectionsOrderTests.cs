using OpenData.Domain.Collections;

namespace OpenData.Domain.Tests.Collections;

/// <summary>
/// <see cref="DatasetCollections.All"/> is declared in the API's order; summaries, counts, the build and the synthetic
/// generator enumerate it with the sources first and the conflicts and their claims last, as they did before the API's
/// list was folded into it.
/// </summary>
public sealed class DatasetCollectionsOrderTests
{
    [Fact]
    public void The_set_is_declared_in_the_apis_order_and_enumerated_in_the_summary_order()
    {
        // The collections of today keep these orders (a new collection may come anywhere among them).
        string[] declared =
            [
                "institutions", "institutionNames", "historyEvents", "legalInstruments", "plans", "objectives", "policies", "people",
                "appointments", "programs", "fundingRecords", "agreements", "agreementSignatories", "municipalities", "centres",
                "sources", "conflicts", "claims", "glossaryTerms",
            ];
        string[] summary =
            [
                "sources", "institutions", "institutionNames", "historyEvents", "legalInstruments", "plans", "objectives", "policies",
                "people", "appointments", "programs", "fundingRecords", "agreements", "agreementSignatories", "municipalities",
                "centres", "glossaryTerms", "conflicts", "claims",
            ];
        Assert.Equal(declared, DatasetCollections.All.Declared.Select(c => c.Name).Where(declared.Contains));
        Assert.Equal(summary, DatasetCollections.All.Select(c => c.Name).Where(summary.Contains));
        Assert.Equal("sources", DatasetCollections.All[0].Name);
        Assert.Equal(["conflicts", "claims"], DatasetCollections.All.TakeLast(2).Select(c => c.Name));
    }

    [Fact]
    public void A_set_declared_in_another_order_is_summarised_in_the_same_order()
    {
        var reversed = new DatasetCollections(DatasetCollections.All.Declared.Reverse());

        Assert.Equal(DatasetCollections.All.Declared.Reverse().Select(c => c.Name), reversed.Declared.Select(c => c.Name));
        Assert.Equal("sources", reversed[0].Name);
        Assert.Equal(["claims", "conflicts"], reversed.TakeLast(2).Select(c => c.Name));
        Assert.Equal(
            DatasetCollections.All.Select(c => c.Name).Where(n => n is not ("sources" or "conflicts" or "claims")).Reverse(),
            reversed.Skip(1).SkipLast(2).Select(c => c.Name));
    }
}
