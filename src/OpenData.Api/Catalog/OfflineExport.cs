using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenData.Api.Data;
using OpenData.Api.Dataset;
using OpenData.Api.Exports;

namespace OpenData.Api.Catalog;

/// <summary>
/// `export --out DIR`: every download and catalog.json written into DIR with the layout of the site
/// (DIR/catalog.json, DIR/export/…), so the catalogue's relative addresses work offline and when DIR is
/// published as is. Files are written into a staging folder inside DIR and moved into place only when all
/// succeeded: a failure leaves DIR as it was.
/// </summary>
internal static class OfflineExport
{
    public const string CatalogFileName = "catalog.json";

    public static async Task<int> RunAsync(IConfiguration configuration, string outDirectory, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (File.Exists(outDirectory))
        {
            await error.WriteLineAsync($"--out {outDirectory} es un archivo; indica una carpeta.");
            return 2;
        }

        var provider = Services(configuration);
        await using (provider)
        {
            try
            {
                foreach (var startup in provider.GetServices<IHostedService>())
                {
                    await startup.StartAsync(cancellationToken);
                }

                return await WriteAllAsync(provider, outDirectory, output, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
            {
                await error.WriteLineAsync($"La exportación falló y {outDirectory} quedó como estaba: {e.Message}");
                return 1;
            }
        }
    }

    private static ServiceProvider Services(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOpenDataDatabase(configuration);
        services.AddSingleton(configuration.GetSection(DatasetOptions.Section).Get<DatasetOptions>() ?? new DatasetOptions());
        services.AddSingleton<DatasetMetadata>();
        services.AddSingleton<OpenData.Api.Schema.Releases.ReleaseCatalog>();
        services.AddBulkDownloads();
        services.AddCatalog();
        return services.BuildServiceProvider();
    }

    private static async Task<int> WriteAllAsync(IServiceProvider provider, string outDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        var writer = provider.GetRequiredService<DownloadWriter>();
        var catalog = provider.GetRequiredService<CatalogBuilder>();
        var version = await provider.GetRequiredService<DatasetMetadata>().GetVersionAsync(cancellationToken);
        var stage = Directory.CreateDirectory(Path.Combine(outDirectory, $".export-{Guid.NewGuid():N}")).FullName;
        try
        {
            var digests = new Dictionary<string, FileDigest>(StringComparer.Ordinal);
            foreach (var download in writer.Offered)
            {
                var digest = await WriteFileAsync(Path.Combine(stage, download.Path), sink => writer.WriteAsync(download, sink, cancellationToken), cancellationToken);
                digests[download.Path] = digest;
                var rows = digest.Rows is { } count ? count.ToString(CultureInfo.InvariantCulture) + " filas, " : "";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{download.Path}: {rows}{digest.ByteSize} bytes"));
            }

            var document = await catalog.BuildAsync(digests, path => catalog.DownloadUrl(path, fallbackBase: null), cancellationToken);
            var bytes = CatalogBuilder.Serialize(document);
            await File.WriteAllBytesAsync(Path.Combine(stage, CatalogFileName), bytes, cancellationToken);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{CatalogFileName}: {digests.Count} distribuciones, {bytes.Length} bytes"));

            foreach (var path in writer.Offered.Select(d => d.Path).Append(CatalogFileName))
            {
                var target = Path.Combine(outDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                File.Move(Path.Combine(stage, path), target, overwrite: true);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exportados {digests.Count + 1} archivos en {outDirectory} (versión {version[..12]})."));
            return 0;
        }
        finally
        {
            Directory.Delete(stage, recursive: true);
        }
    }

    private static async Task<FileDigest> WriteFileAsync(string path, Func<Stream, Task<long?>> write, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true);
        await using (file)
        {
            using var digest = new DigestStream(file);
            var rows = await write(digest);
            await digest.FlushAsync(cancellationToken);
            return new FileDigest(digest.BytesWritten, digest.Sha256(), rows);
        }
    }
}
