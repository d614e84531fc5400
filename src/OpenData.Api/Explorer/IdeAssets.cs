using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;

namespace OpenData.Api.Explorer;

/// <summary>
/// The developer IDE (GraphiQL, bundled by the build from src/explorer-ide) embedded under the resource names
/// <c>ide/…</c>. Each file is read from the assembly on its first request and kept; the bundle is about 7 MB, so
/// nothing is loaded until someone opens /ide/.
/// </summary>
public sealed class IdeAssets
{
    private const string Prefix = "ide/";
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".ttf"] = "font/ttf",
        [".woff2"] = "font/woff2",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json",
    };

    private readonly Assembly _assembly;
    private readonly HashSet<string> _names;
    private readonly ConcurrentDictionary<string, Asset> _loaded = new(StringComparer.Ordinal);

    public IdeAssets()
        : this(typeof(IdeAssets).Assembly)
    {
    }

    /// <summary>The bundle embedded in <paramref name="assembly"/> (tests give one without it, as a build without the IDE's targets).</summary>
    internal IdeAssets(Assembly assembly)
    {
        _assembly = assembly;
        _names = _assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>False when the build did not bundle the IDE (it always does unless the project was built without its targets).</summary>
    public bool IsBundled => _names.Contains("index.html");

    /// <summary>A bundled file by its path under /ide/ (for example <c>assets/index-1a2b.js</c>), or null.</summary>
    public Asset? Find(string path) =>
        _names.Contains(path) ? _loaded.GetOrAdd(path, Load) : null;

    private Asset Load(string path)
    {
        using var stream = _assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new InvalidOperationException($"Missing embedded resource {Prefix}{path}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var contentType = ContentTypes.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
        return new Asset(bytes, contentType, etag);
    }
}
