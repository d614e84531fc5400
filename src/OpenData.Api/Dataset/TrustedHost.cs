namespace OpenData.Api.Dataset;

/// <summary>
/// The request's own address, only when its <c>Host</c> is one the operator trusts (<c>Dataset:AllowedHosts</c>,
/// loopback names by default) and well-formed. Anything the API writes into an answer (catalogue download addresses,
/// the dataset's address) comes from <c>Dataset:PublicUrl</c> or from here, never from an arbitrary <c>Host</c>, so a
/// cache in front cannot be poisoned with <c>Host: evil.example</c>.
/// </summary>
public static class TrustedHost
{
    public const string DefaultAllowedHosts = "localhost;127.0.0.1;[::1]";

    /// <summary>The base address (<c>scheme://host[:port]/pathBase/</c>), or null when the Host is not trusted.</summary>
    public static Uri? BaseAddress(HttpRequest request, string? allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(request);
        var host = request.Host;
        if (!host.HasValue || string.IsNullOrEmpty(host.Host) || host.Value.Length > 255)
        {
            return null;
        }

        var names = (allowedHosts ?? DefaultAllowedHosts).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!names.Contains(host.Host, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var portText = host.Value.Length > host.Host.Length && host.Value[host.Host.Length] == ':' ? host.Value[(host.Host.Length + 1)..] : null;
        if (portText is not null && (host.Port is not { } port || port is < 1 or > 65535))
        {
            return null;
        }

        return Uri.TryCreate($"{request.Scheme}://{host.Value}{request.PathBase}/", UriKind.Absolute, out var address) ? address : null;
    }
}
