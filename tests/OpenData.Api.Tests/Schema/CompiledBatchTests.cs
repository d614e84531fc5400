using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Schema;

/// <summary>
/// Through HTTP: a relation's levels (agreements' signatories, their people and appointments, funding records, provenance
/// and publication by record type; people's lists; municipalities' centres and what those serve; nodes by several ids) run as compiled shapes with the keys bound: the same
/// answers and the same statements as with <c>QueryEngine:CompiledBatches</c> off, and a repeated
/// request reads every statement directly (EF Core creates no command for it).
/// </summary>
public sealed class CompiledBatchTests
{
    private const string Relation = """
        query Relation($first: Int!, $where: AgreementFilterInput) {
          agreements(first: $first, where: $where) {
            nodes {
              title
              signatories { role person { name appointments { role organisation } } }
              fundingRecords { fiscalYear amount }
              provenance { field perField sources { title } }
              publication { firstRelease lastChangedRelease }
            }
          }
          people(first: $first) {
            nodes { id name appointments { role } signatures { role agreement { title } } sources { title } provenance { field } publication { firstRelease } }
          }
          municipalities(first: $first) { nodes { name centres { name municipalitiesServed { name } } historyEvents { title } } }
        }
        """;

    private const string Nodes = """
        query Nodes($a: ID!, $b: ID!, $c: ID!) {
          a: node(id: $a) { id ... on Person { name } }
          b: node(id: $b) { id ... on Person { name } }
          c: node(id: $c) { id ... on Person { name } }
        }
        """;

    [Fact]
    public async Task Relation_levels_run_compiled_and_answer_as_the_ad_hoc_statements_with_the_same_statements()
    {
        using var compiled = new BatchApiFactory(compiledBatches: true);
        using var adHoc = new BatchApiFactory(compiledBatches: false);

        var expected = await RunAsync(adHoc);
        var answers = await RunAsync(compiled);

        Assert.Equal(expected, answers);
        // The same statements (the root fields and their levels run in parallel, so in either order).
        Assert.Equal(adHoc.Sql.Commands.Order(StringComparer.Ordinal), compiled.Sql.Commands.Order(StringComparer.Ordinal));
        Assert.Contains(compiled.Sql.Commands, c => c.Contains("json_each(@Value)", StringComparison.Ordinal));
        Assert.Contains(compiled.Sql.Commands, c => c.Contains("@recordType", StringComparison.Ordinal));

        // The relation once more: with compiled batches every statement (the page's and each level's) reads directly.
        var again = await RepeatAsync(compiled);
        var againAdHoc = await RepeatAsync(adHoc);
        Assert.Equal(againAdHoc.Answer, again.Answer);
        Assert.True(again.Statements >= 6, $"{again.Statements} statements");
        Assert.Equal(0, again.Created);
        // Without compiled batches, EF Core creates a command for every level's statement (the three pages read directly).
        Assert.Equal(again.Statements, againAdHoc.Statements);
        Assert.Equal(againAdHoc.Statements - 3, againAdHoc.Created);
    }

    /// <summary>Pages of 1 to 40 agreements (one parent and several), filtered or not, then lookups of one to three nodes.</summary>
    private static async Task<List<string>> RunAsync(BatchApiFactory factory)
    {
        var client = new GraphQLClient(factory.CreateClient());
        await client.DataAsync("{ dataset { version } }");
        factory.Sql.Clear();
        var answers = new List<string>();
        object?[] filters = [null, new { fiscalYear = new { gte = 2023 } }, new { title = new { contains = "convenio" } }];
        foreach (var (first, where) in new[] { (1, filters[0]), (3, filters[0]), (40, filters[0]), (10, filters[1]), (1, filters[2]), (25, filters[2]) })
        {
            answers.Add(Checked(await client.PostAsync(Relation, new { first, where })));
        }

        var ids = JsonDocument.Parse(answers[2]).RootElement.GetProperty("data").GetProperty("people").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.True(ids.Count > 6, $"{ids.Count} people");
        foreach (var (a, b, c) in new[] { (ids[0], ids[1], ids[2]), (ids[3], ids[3], ids[3]), (ids[4], ids[5], ids[4]), (ids[6], ids[1], ids[5]) })
        {
            answers.Add(Checked(await client.PostAsync(Nodes, new { a, b, c })));
        }

        return answers;
    }

    private static async Task<(string Answer, int Statements, int Created)> RepeatAsync(BatchApiFactory factory)
    {
        var client = new GraphQLClient(factory.CreateClient());
        factory.Sql.Clear();
        var answer = Checked(await client.PostAsync(Relation, new { first = 40 }));
        return (answer, factory.Sql.Commands.Count, factory.Sql.Created);
    }

    private static string Checked(JsonElement result)
    {
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetRawText();
    }

    private sealed class BatchApiFactory(bool compiledBatches) : ApiFactory
    {
        public StatementRecorder Sql { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Sql));
        }

        protected override IEnumerable<(string Key, string Value)> Settings() => [("QueryEngine:CompiledBatches", compiledBatches ? "true" : "false")];
    }

    /// <summary>The statements the API runs, and how many commands EF Core created (a direct read creates none).</summary>
    private sealed class StatementRecorder : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> _commands = new();
        private int _created;

        public IReadOnlyList<string> Commands => [.. _commands];

        public int Created => Volatile.Read(ref _created);

        public void Clear()
        {
            _commands.Clear();
            Interlocked.Exchange(ref _created, 0);
        }

        public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
        {
            Interlocked.Increment(ref _created);
            return result;
        }

        // A direct read raises the synchronous event, EF Core's pipeline the asynchronous one.
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            _commands.Enqueue(command.CommandText);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            _commands.Enqueue(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
