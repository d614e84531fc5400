using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.Api.Tests.Infrastructure;

/// <summary>The API with <c>QueryEngine:DirectReads</c> on or off (and <paramref name="settings"/>), its commands seen by <see cref="Sql"/>.</summary>
public sealed class DirectReadsApiFactory(bool directReads, params (string Key, string Value)[] settings) : ApiFactory
{
    public CommandEvents Sql { get; } = new();

    protected override IEnumerable<(string Key, string Value)> Settings() =>
        [.. settings, ("QueryEngine:DirectReads", directReads ? "true" : "false")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Sql));
    }
}

/// <summary>The reader commands executed (their text) and how many commands EF Core's pipeline initialized.</summary>
public sealed class CommandEvents : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();
    private int _initialized;
    private int _executed;

    public int Initialized => Volatile.Read(ref _initialized);

    public int Executed => Volatile.Read(ref _executed);

    public IReadOnlyList<string> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _initialized);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Count(DbCommand command)
    {
        Interlocked.Increment(ref _executed);
        _commands.Enqueue(command.CommandText);
    }
}
