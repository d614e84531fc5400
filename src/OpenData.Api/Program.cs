using OpenData.Api.Cli;
using OpenData.Api.Hosting;

// A command (seed, schema, export) runs and exits; anything else serves the API.
if (AppCommandLine.IsCommand(args))
{
    return await AppCommandLine.RunAsync(args, Console.Out, Console.Error);
}

var app = ApiHost.Build(AppCommandLine.ServeArguments(args));
await app.RunAsync();
return 0;
