using OpenData.Api.Tests.Infrastructure;
using OpenData.Testing.Clients;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Schema;

/// <summary>The README's GraphQL Code Generator recipe, run as written against the committed schema.</summary>
public sealed class CodegenRecipeTests(ITestOutputHelper output)
{
    [ClientToolsFact]
    public async Task The_readme_recipe_maps_every_custom_scalar_as_documented()
    {
        var run = await ClientTools.RunAsync(
            "codegen-readme.mjs", [Path.Combine(RepositoryPaths.Root, "README.md"), RepositoryPaths.Schema]);
        output.WriteLine(run.Report);

        Assert.True(run.ExitCode == 0, run.Report);
        Assert.StartsWith("codegen: ok, DateTime=string, Decimal=number, LocalDate=string, Long=number", run.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(ClientTools.Folder, ".codegen-run-*"));
    }
}
