using OpenData.Domain.Model;

namespace OpenData.Domain.Tests.Model;

/// <summary>A record's lists are created when first read: empty, the same list at every read, and what is added stays.</summary>
public sealed class RecordListTests
{
    [Fact]
    public void A_list_is_created_once_on_first_read_and_keeps_what_is_added()
    {
        var record = new HistoryEvent();
        var other = new HistoryEvent();

        Assert.Empty(record.Municipalities);
        Assert.Same(record.Municipalities, record.Municipalities);
        record.Municipalities.Add(new Municipality { Id = "durango" });
        record.Sources.Add(new Source { Id = "fuente" });

        Assert.Equal(["durango"], record.Municipalities.Select(m => m.Id));
        Assert.Equal(["fuente"], record.Sources.Select(s => s.Id));
        Assert.Empty(other.Municipalities);
        Assert.Empty(other.Sources);
        Assert.NotSame(record.LegalInstruments, other.LegalInstruments);
    }

    [Fact]
    public void A_list_that_is_set_is_the_one_read()
    {
        var list = new List<Conflict> { new() { Id = "c" } };
        var record = new FundingRecord { Conflicts = list };

        Assert.Same(list, record.Conflicts);
        Assert.Empty(record.Parts);
    }
}
