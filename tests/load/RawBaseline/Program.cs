using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenData.Load.Baseline;

// The raw baseline: POST /graphql with any request of the load driver's mix, recognised by its operation name, answered
// by the same SQL statements the API runs for it (copied from the API's command log) and written straight to the
// response with Utf8JsonWriter in the API's JSON shape. Nothing else: no parsing of the query text, no validation, no
// GraphQL, no EF Core. Reads Database__Path (or --db) read-only; with Database__Provider=Postgres, the schema opendata
// of Database__ConnectionString through Npgsql, with the API's serving settings (that schema first on the search path,
// read-only transactions) and its pooling.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var postgres = string.Equals(builder.Configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);
NpgsqlDataSource? dataSource = null;
var sqliteConnectionString = "";
if (postgres)
{
    var given = builder.Configuration["Database:ConnectionString"]
        ?? throw new InvalidOperationException("Set Database__ConnectionString to the PostgreSQL database (schema opendata).");
    // The API's serving settings (PostgresDataset.ServingConnectionString), Npgsql's automatic preparation and no reset
    // on close included unless the connection string sets them, so both sides run their statements the same way.
    var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToList();
    var serving = new NpgsqlConnectionStringBuilder(given) { SearchPath = "opendata" };
    if (!keys.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
    {
        serving.MaxAutoPrepare = 32;
    }

    if (!keys.Contains("AutoPrepareMinUsages", StringComparer.OrdinalIgnoreCase))
    {
        serving.AutoPrepareMinUsages = 2;
    }

    if (!keys.Contains("NoResetOnClose", StringComparer.OrdinalIgnoreCase))
    {
        serving.NoResetOnClose = true;
    }

    serving.Options = string.IsNullOrWhiteSpace(serving.Options) ? "-c default_transaction_read_only=on" : serving.Options + " -c default_transaction_read_only=on";
    dataSource = NpgsqlDataSource.Create(serving.ConnectionString);
}
else
{
    var path = builder.Configuration["Database:Path"] ?? builder.Configuration["db"]
        ?? throw new InvalidOperationException("Set Database__Path (or --db) to the SQLite file.");
    sqliteConnectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
}

var app = builder.Build();

app.MapPost("/graphql", async (HttpContext context) =>
{
    using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var query = request.RootElement.GetProperty("query").GetString() ?? "";
    var variables = request.RootElement.TryGetProperty("variables", out var v) ? v : default;
    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    // The API writes UTF-8 as written (no \uXXXX escapes for accents): the same encoder, so both answers are equal byte for byte.
    await using var json = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    json.WriteStartObject();
    json.WriteStartObject("data");
    if (dataSource is not null)
    {
        await using var connection = await dataSource.OpenConnectionAsync(context.RequestAborted);
        await AnswerAsync(new PgShapes(connection, json, context.RequestAborted), Operation(query), variables);
    }
    else
    {
        await using var connection = new SqliteConnection(sqliteConnectionString);
        await connection.OpenAsync(context.RequestAborted);
        await AnswerAsync(new Shapes(connection, json, context.RequestAborted), Operation(query), variables);
    }

    json.WriteEndObject();
    json.WriteEndObject();
    await json.FlushAsync(context.RequestAborted);
});

await app.RunAsync();

// "query Name(" or "query Name {" -> Name.
static string Operation(string query)
{
    var start = query.IndexOf("query ", StringComparison.Ordinal) + 6;
    var end = query.IndexOfAny(['(', ' ', '{'], start);
    return query[start..end];
}

// The operation's shape on either provider's statements, with its variables.
static Task AnswerAsync(IShapes shapes, string operation, JsonElement variables) => operation switch
{
    "Filtered" => shapes.FilteredAsync(variables.GetProperty("from").GetString()!),
    "FirstPage" => shapes.FirstPageAsync(),
    "DeepPage" => shapes.DeepPageAsync(variables.GetProperty("after").GetString()!),
    "Relation" => shapes.RelationAsync(variables.GetProperty("year").GetInt32()),
    "Node" => shapes.NodeAsync(variables.GetProperty("id").GetString()!),
    "Aggregate" => shapes.AggregateAsync(variables.GetProperty("year").GetInt32()),
    "Search" => shapes.SearchAsync(variables.GetProperty("text").GetString()!),
    var other => throw new InvalidOperationException($"the baseline does not answer '{other}'"),
};
