using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Domain.Collections;

namespace OpenData.Domain.Data;

/// <summary>
/// Carries a set of collections other than <see cref="DatasetCollections.All"/> inside the context options. Contexts
/// over different sets get different internal service providers, hence different cached models.
/// </summary>
internal sealed class DatasetCollectionsExtension(DatasetCollections collections) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public DatasetCollections Collections { get; } = collections;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DatasetCollectionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"with {extension.Collections.Count} collections ";

        public override int GetServiceProviderHashCode() => RuntimeHelpers.GetHashCode(extension.Collections);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo same && ReferenceEquals(((DatasetCollectionsExtension)same.Extension).Collections, extension.Collections);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["OpenData:DatasetCollections"] = string.Join(",", extension.Collections.Select(c => c.Name));
    }
}
