using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Data;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Tests.Data;

/// <summary>
/// A new server answers from the compiled serving model (<see cref="ServingModel"/>), with the parts of a partial date
/// resolved by getters compiled on their first use: its first answer holds what a model built at run time from the same
/// options reads from the same file, every part of every date (a required one and an optional one).
/// </summary>
public sealed class ServingModelAnswerTests
{
    [Fact]
    public async Task A_new_servers_first_answer_reads_every_date_part_as_a_model_built_at_run_time_does()
    {
        using var factory = new ApiFactory();
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync(
            "{ historyEvents(first: 100) { totalCount nodes { date datePrecision dateStart dateEnd } } "
            + "agreements(first: 100) { totalCount nodes { signedOn signedOnStart signedOnEnd } } }");

        var builder = new DbContextOptionsBuilder<OpenDataDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureServing(builder, new DatabaseOptions { Path = await TestDataset.PathAsync() });
        await using var db = new OpenDataDbContext(builder.Options);
        Assert.NotSame(ServingModel.For(postgres: false), db.Model);

        var events = await db.Set<HistoryEvent>().Select(e => e.Date).ToListAsync();
        var agreements = await db.Set<Agreement>().Select(a => a.SignedOn).ToListAsync();
        Assert.NotEmpty(events);
        Assert.Contains(agreements, date => date is not null);

        var history = data.GetProperty("historyEvents");
        Assert.Equal(events.Count, history.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            events.Select(d => Line(d.Text, d.Precision.ToString(), d.Start, d.End)).Order(StringComparer.Ordinal),
            history.GetProperty("nodes").EnumerateArray()
                .Select(n => Line(Text(n, "date"), Text(n, "datePrecision"), Date(n, "dateStart"), Date(n, "dateEnd"))).Order(StringComparer.Ordinal));

        var signed = data.GetProperty("agreements");
        Assert.Equal(agreements.Count, signed.GetProperty("totalCount").GetInt32());
        Assert.Equal(
            agreements.Select(d => Line(d?.Text, null, d?.Start, d?.End)).Order(StringComparer.Ordinal),
            signed.GetProperty("nodes").EnumerateArray()
                .Select(n => Line(Text(n, "signedOn"), null, Date(n, "signedOnStart"), Date(n, "signedOnEnd"))).Order(StringComparer.Ordinal));
    }

    private static string Line(string? text, string? precision, DateOnly? start, DateOnly? end) =>
        string.Create(CultureInfo.InvariantCulture, $"{text}|{precision?.ToUpperInvariant()}|{start:yyyy-MM-dd}|{end:yyyy-MM-dd}");

    private static string? Text(JsonElement node, string name) =>
        node.GetProperty(name).ValueKind == JsonValueKind.Null ? null : node.GetProperty(name).GetString();

    private static DateOnly? Date(JsonElement node, string name) =>
        Text(node, name) is { } text ? DateOnly.Parse(text, CultureInfo.InvariantCulture) : null;
}
