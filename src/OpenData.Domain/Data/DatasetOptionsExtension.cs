using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;

namespace OpenData.Domain.Data;

/// <summary>
/// Carries the dataset's own settings inside the context options: the <see cref="IDatasetBuildStep"/>s, so every caller of
/// <see cref="DatasetBuilder.BuildAsync"/> that passes the application's options callback runs them, and the collections
/// of the model when they are not <see cref="DatasetCollections.All"/>. It adds no services: contexts share EF's internal
/// service provider unless their collections differ (each set of collections has its own cached model).
/// </summary>
internal sealed class DatasetOptionsExtension(IReadOnlyList<IDatasetBuildStep> steps, DatasetCollections collections) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? info;

    public IReadOnlyList<IDatasetBuildStep> Steps { get; } = steps;

    public DatasetCollections Collections { get; } = collections;

    public DbContextOptionsExtensionInfo Info => info ??= new ExtensionInfo(this);

    /// <summary>The extension of <paramref name="options"/>, or the default one (no steps, every collection).</summary>
    public static DatasetOptionsExtension Of(IDbContextOptions options) =>
        options.FindExtension<DatasetOptionsExtension>() ?? new([], DatasetCollections.All);

    public DatasetOptionsExtension WithSteps(IReadOnlyList<IDatasetBuildStep> steps) => new(steps, Collections);

    public DatasetOptionsExtension WithCollections(DatasetCollections collections) => new(Steps, collections);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(DatasetOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"with {extension.Steps.Count} dataset build step(s) and {extension.Collections.Count} collections ";

        public override int GetServiceProviderHashCode() => RuntimeHelpers.GetHashCode(extension.Collections);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo same && ReferenceEquals(((DatasetOptionsExtension)same.Extension).Collections, extension.Collections);

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
            debugInfo["OpenData:DatasetBuildSteps"] = string.Join(",", extension.Steps.Select(s => s.GetType().Name));
            debugInfo["OpenData:DatasetCollections"] = string.Join(",", extension.Collections.Select(c => c.Name));
        }
    }
}
