using OpenData.Api.Cli;
using OpenData.Api.Hosting;

// A command (seed, schema, export) runs and exits; anything else serves the API.
if (AppCommandLine.IsCommand(args))
{
    return await AppCommandLine.RunAsync(args, Console.Out, Console.Error);
}

try
{
    var app = ApiHost.Build(AppCommandLine.ServeArguments(args));
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    // (HostAbortedException is how test hosts stop the entry point once they hold the app.)
    // One line naming the cause and a non-zero exit code, never an unhandled-exception abort.
    return StartupErrors.Report(exception, Console.Error);
}
