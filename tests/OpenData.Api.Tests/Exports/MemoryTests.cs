namespace OpenData.Api.Tests.Exports;

/// <summary>
/// The memory tests: they share <see cref="LargeDataset"/> and run after every other test of the assembly, alone,
/// so that no other test's objects are in the heap they measure. Their trait lets .ci/run rerun just them under
/// another GC budget: <c>dotnet test tests/OpenData.Api.Tests --filter Category=Memory</c>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryTests : ICollectionFixture<LargeDataset>
{
    public const string Name = "Memory";

    public const string Trait = "Category";

    public const string TraitValue = "Memory";
}
