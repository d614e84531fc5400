using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Domain.Build;

/// <summary>
/// The dataset in PostgreSQL: every table lives in the schema <see cref="Schema"/> of the database a connection string
/// names. A build writes a fresh schema and swaps it in with one transaction; serving reads through
/// <see cref="ServingConnectionString"/>, whose sessions run read-only transactions by default.
/// </summary>
public static class PostgresDataset
{
    /// <summary>The schema that holds the served dataset.</summary>
    public const string Schema = "opendata";

    private const string BuildSchemaPrefix = "opendata_build_";

    /// <summary>
    /// <paramref name="connectionString"/> for serving: the dataset's schema first on the search path, and every
    /// transaction read-only unless a statement asks otherwise (<c>default_transaction_read_only</c>), so the API cannot
    /// write even with a role that could. A role with only USAGE on the schema and SELECT on its tables is the stricter
    /// setup for production.
    /// </summary>
    public static string ServingConnectionString(string connectionString) => WithStatementReuse(WithSchema(connectionString, Schema, readOnly: true), connectionString);

    /// <summary>Statements Npgsql prepares per physical connection when the connection string does not say (<c>Max Auto Prepare</c>).</summary>
    public const int ServingMaxAutoPrepare = 32;

    /// <summary>Executions of one SQL text on a connection before Npgsql prepares it, when the connection string does not say (<c>Auto Prepare Min Usages</c>).</summary>
    public const int ServingAutoPrepareMinUsages = 2;

    /// <summary>
    /// Npgsql's automatic preparation on the serving sessions (issue 14: statements reused per connection): a SQL text
    /// run <see cref="ServingAutoPrepareMinUsages"/> times on a physical connection is prepared there and later runs skip
    /// the server's parse and plan; at most <see cref="ServingMaxAutoPrepare"/> per connection, the least used replaced
    /// first; and no session reset when a connection goes back to the pool (<c>No Reset On Close</c>). Each only when
    /// <paramref name="given"/> (the configured string) does not set it, so a deployment can turn them off
    /// (<c>Max Auto Prepare=0</c>, <c>No Reset On Close=false</c>).
    /// </summary>
    private static string WithStatementReuse(string serving, string given)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = given }.Keys.Cast<string>()
            .Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToList();
        var builder = new NpgsqlConnectionStringBuilder(serving);
        if (!keys.Contains("MaxAutoPrepare", StringComparer.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = ServingMaxAutoPrepare;
        }

        if (!keys.Contains("AutoPrepareMinUsages", StringComparer.OrdinalIgnoreCase))
        {
            builder.AutoPrepareMinUsages = ServingAutoPrepareMinUsages;
        }

        // EF Core opens and closes the pooled connection around every statement; Npgsql then resets the session
        // (DISCARD ALL, or with prepared statements its parts) before the next one. Serving sessions change no session
        // state (their schema and read-only mode are start-up options), so the reset is skipped unless the string asks for it.
        if (!keys.Contains("NoResetOnClose", StringComparer.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    /// <summary>Options for a context over the dataset of <paramref name="connectionString"/>, with <paramref name="configure"/> applied.</summary>
    public static DbContextOptions<OpenDataDbContext> Options(string connectionString, Action<DbContextOptionsBuilder>? configure = null)
    {
        var builder = new DbContextOptionsBuilder<OpenDataDbContext>().UseNpgsql(connectionString);
        configure?.Invoke(builder);
        return builder.Options;
    }

    /// <summary>
    /// The DatasetInfo row of the dataset at <paramref name="connectionString"/>; null when the server does not answer,
    /// the schema or its DatasetInfo table is missing, or the table is empty.
    /// </summary>
    public static DatasetInfo? ReadInfo(string connectionString)
    {
        try
        {
            using var connection = new NpgsqlConnection(WithSchema(connectionString, Schema, readOnly: true));
            connection.Open();
            return DatasetInfoReader.Read(connection, Schema);
        }
        catch (NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>Host, port, database and schema of <paramref name="connectionString"/>, for logs (never the password).</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database} schema {Schema}";
    }

    /// <summary>The dataset version at <paramref name="connectionString"/>, or null (see <see cref="ReadInfo"/>).</summary>
    public static string? ReadVersion(string connectionString) => ReadInfo(connectionString)?.Version;

    /// <summary>
    /// Creates a fresh build schema, creates the model's tables in it, lets <paramref name="write"/> fill it (records,
    /// DatasetInfo, build steps) through options whose search path is that schema, then in one transaction drops the
    /// served schema and renames the build schema to <see cref="Schema"/>. Any failure drops the build schema and
    /// leaves the served one as it was.
    /// </summary>
    public static async Task<DatasetInfo> BuildAsync(
        string connectionString,
        Func<DbContextOptions<OpenDataDbContext>, CancellationToken, Task<DatasetInfo>> write,
        Action<DbContextOptionsBuilder>? configure,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buildSchema = BuildSchemaPrefix + Guid.NewGuid().ToString("N");
        var admin = new NpgsqlConnection(WithSchema(connectionString, "public", readOnly: false));
        await using (admin.ConfigureAwait(false))
        {
            await admin.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(admin, $"""CREATE SCHEMA "{buildSchema}" """, CancellationToken.None).ConfigureAwait(false);
            try
            {
                var options = Options(WithSchema(connectionString, buildSchema, readOnly: false), configure);
                var context = new OpenDataDbContext(options);
                await using (context.ConfigureAwait(false))
                {
                    await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript(), cancellationToken).ConfigureAwait(false);
                }

                var info = await write(options, cancellationToken).ConfigureAwait(false);
                NpgsqlConnection.ClearPool(new NpgsqlConnection(WithSchema(connectionString, buildSchema, readOnly: false)));
                await ExecuteAsync(
                    admin,
                    $"""
                    BEGIN;
                    DROP SCHEMA IF EXISTS "{Schema}" CASCADE;
                    ALTER SCHEMA "{buildSchema}" RENAME TO "{Schema}";
                    COMMIT;
                    """,
                    cancellationToken).ConfigureAwait(false);
                return info;
            }
            catch
            {
                await ExecuteAsync(admin, $"""ROLLBACK; DROP SCHEMA IF EXISTS "{buildSchema}" CASCADE""", CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }
    }

    private static string WithSchema(string connectionString, string schema, bool readOnly)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        if (readOnly)
        {
            builder.Options = AppendOption(builder.Options, "-c default_transaction_read_only=on");
        }

        return builder.ConnectionString;
    }

    private static string AppendOption(string? options, string option) =>
        string.IsNullOrWhiteSpace(options) ? option : options + " " + option;

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
