using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.GraphQL.Data.Connections;

/// <summary>Gives each context a <see cref="ServingConnectionLease"/> (see <see cref="ServingConnectionsDbContextOptionsExtensions"/>).</summary>
internal sealed class ServingConnectionsOptionsExtension : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        services.AddScoped<ServingConnectionLease>();
        services.AddScoped<IResettableService>(provider => provider.GetRequiredService<ServingConnectionLease>());
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "using pooled serving connections ";

        public override int GetServiceProviderHashCode() => 0x5E2C0A11;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["OpenData:ServingConnections"] = "1";
    }
}
