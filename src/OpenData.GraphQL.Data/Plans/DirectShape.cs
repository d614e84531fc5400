using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.GraphQL.Data.Connections;

namespace OpenData.GraphQL.Data.Plans;

#pragma warning disable EF1001 // Internal EF Core API: the parts of a compiled query's enumerable, reused as they are.

/// <summary>
/// What EF Core produced for one compiled shape, kept so that later requests run it without EF Core's per-execution
/// pipeline: the command resolver (the shape's SQL and its parameters, with the model's value converters applied by their
/// type mappings) and the shaper (the compiled materializer from a data reader's row to the shape's row). Both are EF
/// Core's own, taken once from the enumerable its compiled query returns, so the SQL, the parameters and the rows are
/// exactly EF Core's. A request then runs the SQL on the serving connection's prepared statement (see
/// <see cref="StatementCache"/>) with the values bound and shapes each row, raising the command interceptors' and
/// loggers' executing and executed events as EF Core does; it skips what EF Core does besides (the executor and its
/// delegates, the relational command's rental, the connection's open count, the async enumerator, the data reader's
/// wrapper).
/// </summary>
/// <remarks>
/// Outside a transaction, with an execution strategy that does not retry and an unbuffered reader; on SQLite only on a
/// serving connection (with its statement cache; a context of its own connection runs through EF Core). On another
/// provider (PostgreSQL) the read is asynchronous, on a plain command of the context's connection, which EF Core's
/// relational connection opens and closes around it as for its own queries; the provider prepares repeated SQL itself
/// (Npgsql's <c>Max Auto Prepare</c>). The interceptors' command-creation and reader-disposal events are not raised on
/// this path (on SQLite the statement cache is what the engine's own interceptor does there).
/// </remarks>
internal sealed class DirectShape<TResult>
{
    private static readonly Func<object, RelationalCommandResolver>? Resolver = Field<RelationalCommandResolver>("_relationalCommandResolver");
    private static readonly Func<object, IReadOnlyList<ReaderColumn?>?>? Columns = Field<IReadOnlyList<ReaderColumn?>?>("_readerColumns");
    private static readonly Func<object, Func<QueryContext, DbDataReader, ResultContext, SingleQueryResultCoordinator, TResult>>? Shapers =
        Field<Func<QueryContext, DbDataReader, ResultContext, SingleQueryResultCoordinator, TResult>>("_shaper");

    private static readonly Func<object, RelationalQueryContext>? Contexts = Field<RelationalQueryContext>("_relationalQueryContext");
    private static readonly Func<object, bool>? StandAlone = Field<bool>("_standAloneStateManager");
    private static readonly Func<object, bool>? ThreadSafety = Field<bool>("_threadSafetyChecksEnabled");

    private readonly RelationalCommandResolver _resolver;
    private readonly Func<QueryContext, DbDataReader, ResultContext, SingleQueryResultCoordinator, TResult> _shaper;
    private readonly bool _standAloneStateManager;
    private readonly bool _threadSafetyChecks;
    private readonly IModel _model;
    private readonly string[] _names;
    private readonly bool _boundValuesOnly;

    private DirectShape(
        RelationalCommandResolver resolver, Func<QueryContext, DbDataReader, ResultContext, SingleQueryResultCoordinator, TResult> shaper,
        bool standAloneStateManager, bool threadSafetyChecks, IModel model, string[] names, bool boundValuesOnly)
    {
        _boundValuesOnly = boundValuesOnly;
        _resolver = resolver;
        _shaper = shaper;
        _standAloneStateManager = standAloneStateManager;
        _threadSafetyChecks = threadSafetyChecks;
        _model = model;
        _names = names;
    }

    /// <summary>
    /// The parts of <paramref name="rows"/> (what the compiled query of <paramref name="query"/> returned for a context of
    /// <paramref name="model"/>), or null when it is not EF Core's single-query enumerable or reads a buffered reader.
    /// </summary>
    public static DirectShape<TResult>? Capture(IAsyncEnumerable<TResult> rows, LambdaExpression query, IModel model)
    {
        if (rows is not SingleQueryingEnumerable<TResult> enumerable || Resolver is null || Columns is null || Shapers is null
            || Contexts is null || StandAlone is null || ThreadSafety is null || Columns(enumerable) is not null)
        {
            return null;
        }

        // EF Core's executor may add parameters of its own, computed from the bound values (a LIKE pattern from a
        // startsWith operand): such a shape still runs EF Core's executor for its query context, and only that.
        string[] names = [.. query.Parameters.Skip(1).Select(p => p.Name ?? throw new InvalidOperationException("A compiled shape's parameter has no name."))];
        var boundValuesOnly = Contexts(enumerable).Parameters.Count == names.Length;
        return new DirectShape<TResult>(
            Resolver(enumerable), Shapers(enumerable), StandAlone(enumerable), ThreadSafety(enumerable), model, names, boundValuesOnly);
    }

    /// <summary>
    /// Reads the shape's rows for <paramref name="values"/> into <paramref name="rows"/>: on a SQLite serving connection,
    /// synchronously on its prepared statement; on another provider's connection (PostgreSQL through Npgsql),
    /// asynchronously on a command of the context's connection, opened and closed around the read as EF Core does (the
    /// provider's own statement reuse applies: Npgsql's automatic preparation). False (nothing read) on a SQLite
    /// connection without the engine's statement cache, in a transaction or with a retrying execution strategy: the
    /// caller then runs EF Core's path.
    /// </summary>
    public async ValueTask<bool> TryReadAsync(
        DbContext db, object?[] values, Func<DbContext, object?[], CancellationToken, IAsyncEnumerable<TResult>> execute, List<TResult> rows,
        CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(db.Model, _model) || db.GetService<IQueryContextFactory>().Create() is not RelationalQueryContext context
            || context.Connection is not { CurrentTransaction: null } connection || context.ExecutionStrategy.RetriesOnFailure)
        {
            return false;
        }

        StatementCache? statements = null;
        if (connection.DbConnection is SqliteConnection sqlite)
        {
            if (sqlite.State != ConnectionState.Open || StatementCache.Of(sqlite) is not { } cache)
            {
                return false;
            }

            statements = cache;
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (_boundValuesOnly)
        {
            context.CancellationToken = cancellationToken;
            var parameters = context.Parameters;
            for (var i = 0; i < values.Length; i++)
            {
                parameters.Add(_names[i], values[i]);
            }
        }
        else
        {
            context = Contexts!(execute(db, values, cancellationToken));
        }

        var detector = _threadSafetyChecks ? context.ConcurrencyDetector : null;
        using (detector?.EnterCriticalSection())
        {
            if (statements is not null)
            {
                Read(context, connection, statements, rows, cancellationToken);
            }
            else
            {
                await ReadAsync(context, connection, rows, cancellationToken).ConfigureAwait(false);
            }
        }

        return true;
    }

    private void Read(
        RelationalQueryContext context, IRelationalConnection connection, StatementCache statements, List<TResult> rows,
        CancellationToken cancellationToken)
    {
        var template = _resolver(context.Parameters);
        var command = statements.Take(template.CommandText);
        if (connection.CommandTimeout is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        DbDataReader? reader = null;
        var kept = false;
        try
        {
            foreach (var parameter in template.Parameters)
            {
                parameter.AddDbParameter(command, context.Parameters);
            }

            reader = Execute(context, connection, command, template, cancellationToken);

            // The provider's own reader (not one an interceptor put in its place) is read through the command's row reader.
            var rowReader = reader.GetType() == typeof(SqliteDataReader) ? command.RowReader?.Attach((SqliteDataReader)reader) : null;
            var source = (DbDataReader?)rowReader ?? reader;
            try
            {
                var coordinator = new SingleQueryResultCoordinator();
                context.InitializeStateManager(_standAloneStateManager);
                while (Next(source, coordinator, cancellationToken))
                {
                    rows.Add(Shape(context, source, coordinator, cancellationToken));
                }
            }
            finally
            {
                rowReader?.Detach();
            }

            reader.Dispose();
            reader = null;
            command.Parameters.Clear();
            statements.Return(command);
            kept = true;
        }
        finally
        {
            if (!kept)
            {
                reader?.Dispose();
                command.Dispose();
            }
        }
    }

    /// <summary>
    /// The read on a connection EF Core opens per query (PostgreSQL): opened through the context's relational connection
    /// (its open count, events and interceptors), a plain command of the SQL with the values bound, the rows read and
    /// shaped, the connection closed again (back to the provider's pool).
    /// </summary>
    private async Task ReadAsync(RelationalQueryContext context, IRelationalConnection connection, List<TResult> rows, CancellationToken cancellationToken)
    {
        var template = _resolver(context.Parameters);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = connection.DbConnection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = template.CommandText;
                if (connection.CommandTimeout is { } timeout)
                {
                    command.CommandTimeout = timeout;
                }

                foreach (var parameter in template.Parameters)
                {
                    parameter.AddDbParameter(command, context.Parameters);
                }

                var reader = await ExecuteAsync(context, connection, command, template, cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var coordinator = new SingleQueryResultCoordinator();
                    context.InitializeStateManager(_standAloneStateManager);
                    while (coordinator.HasNext ?? await ReadRowAsync(reader, cancellationToken).ConfigureAwait(false))
                    {
                        rows.Add(Shape(context, reader, coordinator, cancellationToken));
                    }
                }
            }
        }
        finally
        {
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    private static Task<bool> ReadRowAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return reader.ReadAsync(cancellationToken);
    }

    /// <summary>As EF Core's enumerator: a row is ready once the shaper says so (a single-query collection reads ahead).</summary>
    private TResult Shape(QueryContext context, DbDataReader reader, SingleQueryResultCoordinator coordinator, CancellationToken cancellationToken)
    {
        while (true)
        {
            coordinator.ResultReady = true;
            coordinator.HasNext = null;
            var row = _shaper(context, reader, coordinator.ResultContext, coordinator);
            if (coordinator.ResultReady)
            {
                coordinator.ResultContext.Values = null;
                return row;
            }

            if (coordinator.HasNext != true && !ReadRow(reader, cancellationToken))
            {
                coordinator.HasNext = false;
                coordinator.ResultReady = true;
                return _shaper(context, reader, coordinator.ResultContext, coordinator);
            }
        }
    }

    private static bool Next(DbDataReader reader, SingleQueryResultCoordinator coordinator, CancellationToken cancellationToken) =>
        coordinator.HasNext ?? ReadRow(reader, cancellationToken);

    private static bool ReadRow(DbDataReader reader, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return reader.Read();
    }

    /// <summary>Runs the command as EF Core's relational command does, with the loggers' and interceptors' events when they listen.</summary>
    private static DbDataReader Execute(
        RelationalQueryContext context, IRelationalConnection connection, DbCommand command, IRelationalCommandTemplate template,
        CancellationToken cancellationToken)
    {
        var logger = context.CommandLogger;
        var startTime = DateTimeOffset.UtcNow;
        if (!logger.ShouldLogCommandExecute(startTime))
        {
            return command.ExecuteReader();
        }

        var commandId = Guid.NewGuid();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var intercepted = logger.CommandReaderExecuting(
                connection, command, template.LogCommandText, context.Context, commandId, connection.ConnectionId, startTime, CommandSource.LinqQuery);
            var reader = intercepted.HasResult ? intercepted.Result : command.ExecuteReader();
            return logger.CommandReaderExecuted(
                connection, command, template.LogCommandText, context.Context, commandId, connection.ConnectionId, reader, startTime,
                System.Diagnostics.Stopwatch.GetElapsedTime(started), CommandSource.LinqQuery);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.CommandError(
                connection, command, template.LogCommandText, context.Context, DbCommandMethod.ExecuteReader, commandId, connection.ConnectionId,
                exception, startTime, System.Diagnostics.Stopwatch.GetElapsedTime(started), CommandSource.LinqQuery);
            throw;
        }
    }

    /// <summary>As <see cref="Execute"/>, asynchronously, with the loggers' and interceptors' asynchronous events.</summary>
    private static async Task<DbDataReader> ExecuteAsync(
        RelationalQueryContext context, IRelationalConnection connection, DbCommand command, IRelationalCommandTemplate template,
        CancellationToken cancellationToken)
    {
        var logger = context.CommandLogger;
        var startTime = DateTimeOffset.UtcNow;
        if (!logger.ShouldLogCommandExecute(startTime))
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }

        var commandId = Guid.NewGuid();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var intercepted = await logger.CommandReaderExecutingAsync(
                connection, command, template.LogCommandText, context.Context, commandId, connection.ConnectionId, startTime, CommandSource.LinqQuery,
                cancellationToken).ConfigureAwait(false);
            var reader = intercepted.HasResult ? intercepted.Result : await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await logger.CommandReaderExecutedAsync(
                connection, command, template.LogCommandText, context.Context, commandId, connection.ConnectionId, reader, startTime,
                System.Diagnostics.Stopwatch.GetElapsedTime(started), CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await logger.CommandErrorAsync(
                connection, command, template.LogCommandText, context.Context, DbCommandMethod.ExecuteReader, commandId, connection.ConnectionId,
                exception, startTime, System.Diagnostics.Stopwatch.GetElapsedTime(started), CommandSource.LinqQuery, cancellationToken).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A getter of the private field <paramref name="name"/> of EF Core's single-query enumerable (null when it has none).</summary>
    private static Func<object, TField>? Field<TField>(string name)
    {
        var field = typeof(SingleQueryingEnumerable<TResult>).GetField(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
        if (field is null || !typeof(TField).IsAssignableFrom(field.FieldType))
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "enumerable");
        var read = Expression.Field(Expression.Convert(instance, typeof(SingleQueryingEnumerable<TResult>)), field);
        return Expression.Lambda<Func<object, TField>>(Expression.Convert(read, typeof(TField)), instance).Compile();
    }
}
#pragma warning restore EF1001
