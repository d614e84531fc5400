using System.Data.Common;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Postgres;

namespace OpenData.Api.Tests.Postgres;

/// <summary>
/// On PostgreSQL each context the engine creates holds one of a few open connections for its lifetime
/// (<c>QueryEngine:ServingConnections</c>, as on SQLite), so a request's statements run without EF Core opening and
/// closing a pooled connection around each: the same answers and statements as with the setting at 0, and no
/// connection opened by EF Core, where with 0 it opens one per statement. Search counts its matches in the page's
/// ranking statement: <c>totalCount</c> adds a statement only for a page with no hits.
/// </summary>
public sealed class PostgresConnectionLeaseTests
{
    private const string Walk = """
        query Walk($after: String) {
          historyEvents(first: 4, after: $after, order: [{ dateStart: ASC }]) { edges { cursor node { id title date } } pageInfo { hasNextPage endCursor } }
        }
        """;

    private const string Relation = """
        query Relation { agreements(first: 5) { nodes { title signatories { role person { name appointments { role organisation } } } } } }
        """;

    private const string Aggregate = """
        query Aggregate { fundingRecords(take: 3) { items { id } totalCount aggregates { count sum { amount } } } }
        """;

    private const string Node = """
        query Node($id: ID!) { node(id: $id) { id ... on FundingRecord { purpose amount fiscalYear program { name } } } }
        """;

    [PostgresFact]
    public async Task Engine_statements_run_on_held_connections_with_the_same_answers_and_statements()
    {
        using var leased = new Factory(servingConnections: null);
        using var own = new Factory(servingConnections: 0);

        var answers = await RunAsync(leased);
        var expected = await RunAsync(own);

        Assert.Equal(expected.Count, answers.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], answers[i]);
        }

        // Without held connections EF Core opens one around every statement; with them it opens none.
        Assert.True(own.Events.Executed >= answers.Count, $"{own.Events.Executed} statements for {answers.Count} requests");
        Assert.True(own.Events.Opened >= own.Events.Executed, $"{own.Events.Opened} connections opened for {own.Events.Executed} statements");
        Assert.Equal(own.Events.Executed, leased.Events.Executed);
        Assert.Equal(0, leased.Events.Opened);
    }

    [PostgresFact]
    public async Task Search_counts_its_matches_in_the_page_statement_and_alone_only_for_an_empty_page()
    {
        using var factory = new Factory(servingConnections: null);
        using var http = factory.CreateClient();

        var all = await SendAsync(factory, http, """{ search(text: "instituto", first: 100) { totalCount pageInfo { hasNextPage endCursor } nodes { score } } }""");
        var hits = all.Data.GetProperty("search").GetProperty("nodes").GetArrayLength();
        Assert.False(all.Data.GetProperty("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(hits > 3, $"only {hits} hits");
        Assert.Equal(hits, all.Data.GetProperty("search").GetProperty("totalCount").GetInt32());
        Assert.Single(all.Statements);

        var page = await SendAsync(factory, http, """{ search(text: "instituto", first: 2) { totalCount nodes { score } } }""");
        Assert.Equal(hits, page.Data.GetProperty("search").GetProperty("totalCount").GetInt32());
        Assert.Single(page.Statements);

        var without = await SendAsync(factory, http, """{ search(text: "instituto", first: 2) { nodes { score } } }""");
        Assert.Single(without.Statements);

        // After the last hit the page has no row to carry the count: the count is a statement of its own.
        var end = all.Data.GetProperty("search").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var past = await SendAsync(
            factory, http, "query Past($after: String) { search(text: \"instituto\", first: 5, after: $after) { totalCount nodes { score } } }", new { after = end });
        Assert.Equal(0, past.Data.GetProperty("search").GetProperty("nodes").GetArrayLength());
        Assert.Equal(hits, past.Data.GetProperty("search").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, past.Statements.Count);
        Assert.Single(past.Statements, s => s.Contains("count(*) OVER ()", StringComparison.Ordinal));
    }

    private static async Task<(JsonElement Data, IReadOnlyList<string> Statements)> SendAsync(Factory factory, HttpClient http, string query, object? variables = null)
    {
        factory.Events.Clear();
        using var response = await http.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), body);
        return (document.RootElement.GetProperty("data").Clone(), factory.Events.Commands);
    }

    /// <summary>Each request's answer text and the statements it ran (sorted: batches may run in parallel).</summary>
    private static async Task<List<string>> RunAsync(Factory factory)
    {
        using var http = factory.CreateClient();
        var answers = new List<string>();
        async Task<JsonElement> Send(string query, object? variables)
        {
            var (data, statements) = await SendAsync(factory, http, query, variables);
            answers.Add(data.GetRawText() + "\n" + string.Join("\n", statements.Order(StringComparer.Ordinal)));
            return data;
        }

        for (var round = 0; round < 2; round++)
        {
            string? after = null;
            var pages = 0;
            do
            {
                var info = (await Send(Walk, new { after })).GetProperty("historyEvents").GetProperty("pageInfo");
                after = info.GetProperty("hasNextPage").GetBoolean() ? info.GetProperty("endCursor").GetString() : null;
            }
            while (after is not null && ++pages < 4);

            await Send(Relation, null);
            var ids = (await Send(Aggregate, null)).GetProperty("fundingRecords").GetProperty("items").EnumerateArray()
                .Select(e => e.GetProperty("id").GetString()!).ToList();
            Assert.NotEmpty(ids);
            foreach (var id in ids)
            {
                await Send(Node, new { id });
            }
        }

        return answers;
    }

    private sealed class Factory(int? servingConnections) : ApiFactory
    {
        public RequestEvents Events { get; } = new();

        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("Database:Provider", "Postgres"),
            ("Database:ConnectionString", PostgresTestDataset.ConnectionStringAsync().GetAwaiter().GetResult()),
            .. servingConnections is { } count ? [("QueryEngine:ServingConnections", count.ToString(System.Globalization.CultureInfo.InvariantCulture))] : Array.Empty<(string, string)>(),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IInterceptor>(Events.Statements);
                services.AddSingleton<IInterceptor>(Events.Connections);
            });
        }
    }

    /// <summary>
    /// The reader commands executed (their text) and the connections EF Core opened while a test request runs
    /// (<see cref="Clear"/> starts one; nothing the host does on its own before is counted).
    /// </summary>
    private sealed class RequestEvents
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();
        private volatile bool _armed;
        private int _opened;
        private int _executed;

        public RequestEvents()
        {
            Statements = new CommandEvents(this);
            Connections = new ConnectionEvents(this);
        }

        public IInterceptor Statements { get; }

        public IInterceptor Connections { get; }

        public int Opened => Volatile.Read(ref _opened);

        public int Executed => Volatile.Read(ref _executed);

        public IReadOnlyList<string> Commands => [.. _commands];

        public void Clear()
        {
            _commands.Clear();
            _armed = true;
        }

        private void Executing(DbCommand command)
        {
            if (_armed)
            {
                Interlocked.Increment(ref _executed);
                _commands.Enqueue(command.CommandText);
            }
        }

        private void Opening()
        {
            if (_armed)
            {
                Interlocked.Increment(ref _opened);
            }
        }

        private sealed class CommandEvents(RequestEvents events) : DbCommandInterceptor
        {
            public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
            {
                events.Executing(command);
                return result;
            }

            public override ValueTask<DbDataReader> ReaderExecutedAsync(
                DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
            {
                events.Executing(command);
                return ValueTask.FromResult(result);
            }
        }

        private sealed class ConnectionEvents(RequestEvents events) : DbConnectionInterceptor
        {
            public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => events.Opening();

            public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
            {
                events.Opening();
                return Task.CompletedTask;
            }
        }
    }
}
