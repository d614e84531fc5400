namespace OpenData.Api.Errors;

/// <summary>The one-line start-up error messages, in Spanish, kept together so that they can be localised.</summary>
internal static class StartupMessages
{
    public const string Prefix = "opendata: no se puede servir";

    public static string DatasetUnusable(string code, string reason, bool buildOnStart) =>
        buildOnStart ? $"{Prefix} [{code}]: {reason}" : $"{Prefix} [{code}]: {reason} (y Database:BuildOnStart=false: no se construye otra)";

    public static string NoSeed(string where, string seedDirectory) =>
        $"{Prefix} [missing]: {where}, y no hay carpeta seed en {seedDirectory} para construirla";

    public static string SeedProblems(string seedDirectory, int count) =>
        $"{Prefix} [seed_invalid]: el seed de {seedDirectory} tiene {count} problema(s); ejecuta `seed validate`";

    public static string FileDescriptors(long limit, long connections, int reserve) =>
        $"{Prefix} [fd_budget]: el límite de descriptores de archivo (ulimit -n) es {limit}, menos que Server:MaxConcurrentConnections={connections} "
        + $"más {reserve} de reserva (Server:FileDescriptorReserve); sube `ulimit -n` o baja Server:MaxConcurrentConnections";

    public static string AddressInUse(string reason) => $"{Prefix} [address_in_use]: {reason}";

    public static string InvalidConfiguration(string reason) => $"{Prefix} [configuration]: {reason}";

    public static string Unexpected(string reason) => $"{Prefix} [unexpected]: {reason}";
}
