using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Clients;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Http;

/// <summary>
/// Introspection with every option of graphql-js <c>getIntrospectionQuery</c> (directiveIsRepeatable,
/// inputValueDeprecation, specifiedByUrl, schemaDescription, oneOf), as GraphiQL and code generators send it.
/// </summary>
public sealed class IntrospectionTests(ITestOutputHelper output)
{
    private const string EveryOption = """
        query {
          __schema {
            description
            directives { name isRepeatable locations args(includeDeprecated: true) { name isDeprecated deprecationReason } }
            types {
              name
              specifiedByURL
              isOneOf
              fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } }
              inputFields(includeDeprecated: true) { name isDeprecated deprecationReason }
            }
          }
        }
        """;

    [Fact]
    public async Task Every_graphql_js_introspection_option_answers_without_errors()
    {
        using var factory = new ApiFactory();
        var data = await new GraphQLClient(factory.CreateClient()).DataAsync(EveryOption);
        var schema = data.GetProperty("__schema");

        Assert.StartsWith("API pública de solo lectura", schema.GetProperty("description").GetString(), StringComparison.Ordinal);
        var directives = schema.GetProperty("directives").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!);
        Assert.False(directives["include"].GetProperty("isRepeatable").GetBoolean());
        Assert.Equal("if", Assert.Single(directives["skip"].GetProperty("args").EnumerateArray()).GetProperty("name").GetString());
        // With input-value deprecation on, @deprecated applies to arguments and input fields too.
        Assert.Contains("ARGUMENT_DEFINITION", directives["deprecated"].GetProperty("locations").EnumerateArray().Select(l => l.GetString()));

        var types = schema.GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(JsonValueKind.Null, types["LocalDate"].GetProperty("specifiedByURL").ValueKind);
        Assert.False(types["SourceFilterInput"].GetProperty("isOneOf").GetBoolean());
        Assert.Equal(JsonValueKind.Null, types["Query"].GetProperty("isOneOf").ValueKind);
        Assert.NotEmpty(types["SourceFilterInput"].GetProperty("inputFields").EnumerateArray());
    }

    [ClientToolsFact]
    public async Task Graphql_js_builds_the_client_schema_of_the_live_server_and_it_equals_the_committed_sdl()
    {
        using var factory = new ApiFactory();
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var run = await ClientTools.RunAsync("introspect.mjs", [address + "/graphql", RepositoryPaths.Schema]);
        output.WriteLine(run.Report);

        Assert.True(run.ExitCode == 0, run.Report);
        Assert.Matches(@"^introspection: ok, \d{3} types, 3 directives", run.Output);
    }
}
