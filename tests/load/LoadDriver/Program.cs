using OpenData.Load;

// load:    drive a query mix against a running server (API or baseline) and print one line per level.
// startup: start the API several times and time process start to the first successful query.
try
{
    var options = DriverOptions.Parse(args);
    return options.Command switch
    {
        "load" => await LoadCommand.RunAsync(options).ConfigureAwait(false),
        "startup" => await StartupCommand.RunAsync(options).ConfigureAwait(false),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          LoadDriver load --url http://127.0.0.1:PORT/graphql --scenario mix|filtered [--levels 1,16,64]
                          [--warmup 3] [--duration 10] [--max-requests 200000] [--pid SERVER_PID]
                          [--label NAME] [--only KIND-PREFIX] [--with-search] [--with-aggregates] [--results FILE]
          LoadDriver startup --dll OpenData.Api.dll --db FILE [--runs 5] [--port 5899] [--results FILE]
        """);
    return 2;
}
