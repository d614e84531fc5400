namespace OpenData.Api.Dataset;

/// <summary>How the dataset presents itself (configuration section "Dataset").</summary>
public sealed class DatasetOptions
{
    public const string Section = "Dataset";

    public string Title { get; set; } = "Datos abiertos del Instituto Estatal de las Mujeres de Durango";

    /// <summary>Who compiles and publishes this dataset. It is an independent compilation of public sources, not the IEM's own release.</summary>
    public string Publisher { get; set; } = "OpenData IEM Durango (compilación independiente de fuentes públicas)";

    /// <summary>The public address of the API, for citations; null means the address the request came to.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Host names (separated by <c>;</c>) whose requests may see their own address in answers when <see cref="PublicUrl"/>
    /// is not set; other hosts get relative addresses. Loopback names by default.
    /// </summary>
    public string AllowedHosts { get; set; } = TrustedHost.DefaultAllowedHosts;

    public string LicenceName { get; set; } = "Libre Uso MX";

    public string LicenceUrl { get; set; } = "https://datos.gob.mx/libreusomx";
}
