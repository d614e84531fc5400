using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Exports;

/// <summary>
/// Downloads stream: exporting 100,077 sources (about 35 MB of CSV) keeps alive what exporting 77 does, a few buffers. The
/// measure is the live heap after full collections at checkpoints of the download (<see cref="RetainedMemory"/>), so
/// the verdict is the same under any GC budget; .ci/run also runs these tests with DOTNET_GCgen0size=0x10000000.
/// </summary>
[Collection(MemoryTests.Name)]
[Trait(MemoryTests.Trait, MemoryTests.TraitValue)]
public sealed class LargeExportMemoryTests(LargeDataset dataset, ITestOutputHelper output)
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData("csv")]
    [InlineData("ndjson")]
    public async Task Large_export_retains_a_small_fraction_of_what_it_sends(string format)
    {
        await using var factory = new LargeApiFactory(dataset.Path, buffered: false);
        using var client = factory.CreateClient();
        await RetainedMemory.MeasureAsync(client, $"/export/plans.{format}");

        var small = await RetainedMemory.MeasureAsync(client, $"/export/plans.{format}");
        var large = await RetainedMemory.MeasureAsync(client, $"/export/sources.{format}");

        output.WriteLine($"small (plans.{format}): {small}");
        output.WriteLine($"large (sources.{format}, {dataset.Sources} rows): {large}");
        Assert.True(large.Bytes > 30 * Megabyte, $"the large export is only {large.Bytes} bytes");
        Assert.True(large.Checkpoints > 5, $"only {large.Checkpoints} checkpoints");
        Assert.True(large.Streamed, $"the export is held in memory: {large}");
    }

    [Fact]
    public async Task Large_compressed_export_streams_too()
    {
        await using var factory = new LargeApiFactory(dataset.Path, buffered: false);
        using var client = factory.CreateClient();
        await RetainedMemory.MeasureAsync(client, "/export/plans.csv", "br");

        var large = await RetainedMemory.MeasureAsync(client, "/export/sources.csv", "br");

        output.WriteLine($"large (sources.csv, br, {dataset.Sources} rows, decoded bytes): {large}");
        Assert.True(large.Bytes > 30 * Megabyte, $"the large export is only {large.Bytes} bytes");
        // Compression wraps the response stream; buffering the export before compressing it would hold all of it.
        Assert.True(large.Streamed, $"the compressed export is held in memory: {large}");
    }

    /// <summary>The same measure and bound fail when the export is buffered on purpose (<see cref="BufferedExports"/>).</summary>
    [Fact]
    public async Task A_buffered_export_fails_the_bound()
    {
        await using var factory = new LargeApiFactory(dataset.Path, buffered: true);
        using var client = factory.CreateClient();
        await RetainedMemory.MeasureAsync(client, "/export/plans.csv");

        var large = await RetainedMemory.MeasureAsync(client, "/export/sources.csv");

        output.WriteLine($"buffered (sources.csv): {large}");
        Assert.True(large.Bytes > 30 * Megabyte, $"the large export is only {large.Bytes} bytes");
        Assert.False(large.Streamed, $"buffering went unnoticed: {large}");
        Assert.True(large.PeakRetained >= large.Bytes, $"the buffer should be retained whole: {large}");
    }

    /// <summary>The API over <see cref="LargeDataset"/>, without building on start; with <paramref name="buffered"/>, with <see cref="BufferedExports"/>.</summary>
    private sealed class LargeApiFactory(string path, bool buffered) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (buffered)
            {
                builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, BufferedExports>());
            }
        }

        protected override IEnumerable<(string Key, string Value)> Settings() =>
            [("Database:Path", path), ("Database:BuildOnStart", "false")];
    }
}
