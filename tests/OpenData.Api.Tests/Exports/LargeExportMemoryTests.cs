using OpenData.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace OpenData.Api.Tests.Exports;

/// <summary>Downloads stream: exporting 300,077 sources costs about the memory of exporting 77.</summary>
public sealed class LargeExportMemoryTests(LargeExportMemoryTests.LargeApiFactory factory, ITestOutputHelper output)
    : IClassFixture<LargeExportMemoryTests.LargeApiFactory>
{
    private const long Megabyte = 1024 * 1024;

    [Theory]
    [InlineData("csv")]
    [InlineData("ndjson")]
    public async Task Large_export_keeps_memory_flat(string format)
    {
        using var client = factory.CreateClient();
        await DownloadMeasurement.RunAsync(client, $"/export/plans.{format}");

        var small = await DownloadMeasurement.RunAsync(client, $"/export/plans.{format}");
        var large = await DownloadMeasurement.RunAsync(client, $"/export/sources.{format}");

        output.WriteLine($"small (plans.{format}): {small}");
        output.WriteLine($"large (sources.{format}, {LargeDataset.GeneratedSources + 77} rows): {large}");
        Assert.True(large.Bytes > 90 * Megabyte, $"the large export is only {large.Bytes} bytes");
        // Buffering the export would hold at least its size (90+ MB); streaming holds a few buffers and a GC budget.
        Assert.True(large.PeakLiveHeapDelta < small.PeakLiveHeapDelta + (24 * Megabyte), $"live heap grew: {large}");
        Assert.True(large.PeakHeapDelta < large.Bytes / 3, $"heap grew: {large}");
        Assert.True(large.PeakWorkingSetDelta < large.Bytes / 2, $"working set grew: {large}");
    }

    [Fact]
    public async Task Large_compressed_export_streams_too()
    {
        using var client = factory.CreateClient();
        await DownloadMeasurement.RunAsync(client, "/export/plans.csv", "br");

        var small = await DownloadMeasurement.RunAsync(client, "/export/plans.csv", "br");
        var large = await DownloadMeasurement.RunAsync(client, "/export/sources.csv", "br");

        output.WriteLine($"small (plans.csv, br): {small}");
        output.WriteLine($"large (sources.csv, br, {LargeDataset.GeneratedSources + 77} rows, decoded bytes): {large}");
        Assert.True(large.Bytes > 90 * Megabyte, $"the large export is only {large.Bytes} bytes");
        // Compression wraps the response stream; buffering the export before compressing it would hold 90+ MB.
        Assert.True(large.PeakLiveHeapDelta < small.PeakLiveHeapDelta + (24 * Megabyte), $"live heap grew: {large}");
        Assert.True(large.PeakWorkingSetDelta < large.Bytes / 2, $"working set grew: {large}");
    }

    /// <summary>The API over <see cref="LargeDataset"/>, without building on start.</summary>
    public sealed class LargeApiFactory : ApiFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() =>
            [("Database:Path", LargeDataset.PathAsync().GetAwaiter().GetResult()), ("Database:BuildOnStart", "false")];
    }
}
