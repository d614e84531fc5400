using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace OpenData.Api.Explorer;

/// <summary>The explorer's static files, embedded in the assembly so the page works offline and from any working directory.</summary>
public sealed class ExplorerAssets
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, Asset> _assets;

    public ExplorerAssets()
    {
        var assembly = typeof(ExplorerAssets).Assembly;
        const string prefix = "OpenData.Api.Explorer.Assets.";
        _assets = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
            .ToFrozenDictionary(name => name[prefix.Length..], name => Load(assembly, name), StringComparer.Ordinal);
    }

    public Asset? Find(string fileName) => _assets.GetValueOrDefault(fileName);

    private static Asset Load(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {resourceName}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(resourceName), "application/octet-stream");
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
        return new Asset(bytes, contentType, etag);
    }
}

/// <summary>One embedded file with its content type and a strong ETag of its bytes.</summary>
public sealed record Asset(byte[] Bytes, string ContentType, string ETag);
