using OpenData.Testing.Environment;

namespace OpenData.Testing.Clients;

/// <summary>A fact that needs the client tools installed in tests/clients; skips with the reason otherwise (unless OPENDATA_REQUIRE_ALL=1).</summary>
public sealed class ClientToolsFactAttribute() : ExternalFactAttribute(ClientTools.AbsentReason());
