using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

// The raw baseline: POST /graphql with the filtered-page request of the load driver (variables.from), answered
// by one hand-written statement and written straight to the response as the API would shape it:
// {"data":{"historyEvents":{"nodes":[{"id","title","date","category"}]}}}. Nothing else: no parsing of the
// query text, no validation, no GraphQL. Reads Database__Path (or --db) read-only.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var path = builder.Configuration["Database:Path"] ?? builder.Configuration["db"]
    ?? throw new InvalidOperationException("Set Database__Path (or --db) to the SQLite file.");
var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString();
var app = builder.Build();

const string Sql = """
    SELECT "Id", "Title", "Date", "Category" FROM "HistoryEvents"
    WHERE "DateStart" >= $from ORDER BY "DateStart", "Id" LIMIT 20
    """;
var idPrefix = Encoding.UTF8.GetBytes("HistoryEvent:");

app.MapPost("/graphql", async (HttpContext context) =>
{
    using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var from = request.RootElement.GetProperty("variables").GetProperty("from").GetString();

    await using var connection = new SqliteConnection(connectionString);
    await connection.OpenAsync(context.RequestAborted);
    await using var command = connection.CreateCommand();
    command.CommandText = Sql;
    command.Parameters.AddWithValue("$from", from);
    await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);

    context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
    await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
    json.WriteStartObject();
    json.WriteStartObject("data");
    json.WriteStartObject("historyEvents");
    json.WriteStartArray("nodes");
    while (await reader.ReadAsync(context.RequestAborted))
    {
        json.WriteStartObject();
        var slug = Encoding.UTF8.GetBytes(reader.GetString(0));
        var raw = idPrefix.Concat(slug).ToArray();
        json.WriteString("id", Convert.ToBase64String(raw));
        json.WriteString("title", reader.GetString(1));
        json.WriteString("date", reader.GetString(2));
        json.WriteString("category", reader.GetString(3));
        json.WriteEndObject();
    }

    json.WriteEndArray();
    json.WriteEndObject();
    json.WriteEndObject();
    json.WriteEndObject();
    await json.FlushAsync(context.RequestAborted);
});

await app.RunAsync();
