using OpenData.Domain.Model;

namespace OpenData.Domain.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2018", DatePrecision.Year, "2018-01-01", "2018-12-31")]
    [InlineData("2018-11", DatePrecision.Month, "2018-11-01", "2018-11-30")]
    [InlineData("2020-02", DatePrecision.Month, "2020-02-01", "2020-02-29")]
    [InlineData("2018-11-05", DatePrecision.Day, "2018-11-05", "2018-11-05")]
    [InlineData("2020-02-29", DatePrecision.Day, "2020-02-29", "2020-02-29")]
    public void Valid_forms_parse_with_their_span(string text, DatePrecision precision, string start, string end)
    {
        Assert.True(PartialDate.TryParse(text, out var date, out var error), error);

        Assert.Equal(new PartialDate(text, precision, DateOnly.Parse(start, null), DateOnly.Parse(end, null)), date);
    }

    [Theory]
    [InlineData("2019-02-29")]
    [InlineData("2018-04-31")]
    [InlineData("2018-00")]
    [InlineData("1799")]
    [InlineData("2018-11-05T10:00")]
    [InlineData("2018/11/05")]
    [InlineData("")]
    [InlineData("[2018]")]
    public void Invalid_forms_are_rejected_with_a_reason(string text)
    {
        Assert.False(PartialDate.TryParse(text, out var date, out var error));
        Assert.Null(date);
        Assert.Contains($"'{text}'", error, StringComparison.Ordinal);
    }
}
