using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace OpenData.Domain.Build;

/// <summary>
/// Carries the <see cref="IDatasetBuildStep"/>s inside the context options, so every caller of
/// <see cref="DatasetBuilder.BuildAsync"/> that passes the application's options callback runs them. It adds no
/// services: contexts with and without steps share EF's internal service provider.
/// </summary>
internal sealed class DatasetBuildStepsExtension(IReadOnlyList<IDatasetBuildStep> steps) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public IReadOnlyList<IDatasetBuildStep> Steps { get; } = steps;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DatasetBuildStepsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"with {extension.Steps.Count} dataset build step(s) ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["OpenData:DatasetBuildSteps"] = string.Join(",", extension.Steps.Select(s => s.GetType().Name));
    }
}
