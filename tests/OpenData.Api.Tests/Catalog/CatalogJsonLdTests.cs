using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Clients;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Catalog;

/// <summary>The catalogue read by a JSON-LD processor (jsonld.js, tests/clients/catalog-jsonld.mjs) loses nothing.</summary>
public sealed class CatalogJsonLdTests(ITestOutputHelper output)
{
    [ClientToolsFact]
    public async Task A_json_ld_processor_expands_the_catalogue_without_dropping_a_member()
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var run = await ClientTools.RunAsync("catalog-jsonld.mjs", [address + "/catalog.json"]);
        output.WriteLine(run.Report);

        Assert.True(run.ExitCode == 0, run.Report);
        Assert.Matches(@"^catalog: ok, \d+ distributions, \d+ triples, dataset http://127\.0\.0\.1:\d+/catalog\.json#dataset", run.Output);
    }
}
