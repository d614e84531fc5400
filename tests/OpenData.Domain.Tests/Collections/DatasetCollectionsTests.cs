using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.Domain.Build;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.Domain.Seed;
using OpenData.Domain.Tests.Collections.TrialReports;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Collections;

/// <summary>
/// Every declared collection appears everywhere the Domain lists collections (the EF model and its join tables, the seed
/// files, the counts, the conflict subjects, the build's tables and DatasetInfo counts, the release snapshot), and a
/// collection declared by a test alone is seeded, built and counted like the others.
/// </summary>
public sealed class DatasetCollectionsTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    private string Database => Path.Combine(seed.Root, "opendata.db");

    [Fact]
    public async Task Every_declared_collection_is_in_the_model_the_seed_the_counts_and_the_build()
    {
        await AssertEverywhereAsync(DatasetCollections.All, null);
    }

    [Fact]
    public void Every_record_entity_of_the_domain_is_declared_once()
    {
        // FieldProvenance is the build's own record of which source backs which field, not a collection.
        var entities = typeof(IRecord).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IRecord).IsAssignableFrom(t) && t != typeof(FieldProvenance))
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        var contextSets = typeof(OpenDataDbContext).GetProperties()
            .Select(p => p.PropertyType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => typeof(IRecord).IsAssignableFrom(t) && t != typeof(FieldProvenance));

        Assert.Equal(entities, DatasetCollections.All.Select(c => c.EntityType).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.All(contextSets, t => DatasetCollections.All.Of(t));
        Assert.Equal(DatasetCollections.All.Count, DatasetCollections.All.Select(c => c.TypeName).Distinct().Count());
    }

    [Fact]
    public void The_public_type_name_differs_from_the_class_only_where_declared()
    {
        var renamed = DatasetCollections.All.Where(c => c.TypeName != c.EntityType.Name).Select(c => (c.EntityType.Name, c.TypeName));

        Assert.Equal([("PublicProgram", "Program")], renamed);
        Assert.Same(DatasetCollections.All.Named("programs"), DatasetCollections.All.OfTypeName("Program"));
    }

    [Fact]
    public void Seed_files_load_after_the_files_they_reference()
    {
        var files = DatasetCollections.All.Files.ToList();

        Assert.All(files, file => Assert.All(
            file.References.Select(DatasetCollections.All.Of).Select(r => r.Parent ?? r).Where(r => r != file),
            target => Assert.True(files.IndexOf(target) < files.IndexOf(file), $"{file} loads before {target}")));
    }

    [Fact]
    public async Task A_collection_declared_in_a_test_is_seeded_built_and_counted()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "trialReports", "trialReports.yaml"), seed.PathOf("trialReports.yaml"));

        await AssertEverywhereAsync(TrialReportsCollection.WithTrialReports, b => b.UseDatasetCollections(TrialReportsCollection.WithTrialReports));

        var validation = SeedValidator.Validate(seed.Dir, TrialReportsCollection.WithTrialReports);
        // Counted where it is declared, after the dataset's other collections, but before the conflicts and their claims,
        // which summaries list last.
        Assert.EndsWith(", 2 trialReports, 1 conflicts, 2 claims", validation.Records.DescribeCounts(), StringComparison.Ordinal);
        Assert.Equal(["informe-de-prueba-a", "informe-de-prueba-b"], validation.Records.Records<TrialReport>().Select(r => r.Id));
        Assert.Equal("""["iem-antecedentes"]""", validation.Records.Snapshot.ValueOf(new("TrialReport", "informe-de-prueba-a"), "sources"));
        Assert.Equal(3L, DatabaseDump.Scalar(Database, "SELECT COUNT(*) FROM \"TrialReportSources\""));
        Assert.Contains(
            ["informe-de-prueba-a", "title", "iem-antecedentes"],
            DatabaseDump.Rows(Database, "SELECT p.RecordId, p.Field, s.SourceId FROM FieldProvenance p JOIN FieldProvenanceSources s ON s.FieldProvenanceId = p.Id WHERE p.RecordType = 'TrialReport'")
                .Select(r => r.Select(c => (string)c!).ToArray()));

        // Read back through EF with the same set of collections.
        using var context = new OpenDataDbContext(DatasetBuilder.Options(Database, b => b.UseDatasetCollections(TrialReportsCollection.WithTrialReports), readOnly: true));
        var read = await context.Set<TrialReport>().Include(r => r.Sources).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([1, 2], read.Select(r => r.Sources.Count));
        Assert.Equal(2023, read[0].Year);
    }

    [Fact]
    public async Task A_declared_collection_without_a_fixture_file_is_empty_in_the_tests_and_still_required_by_the_validator()
    {
        using var copy = new SeedCopy(TrialReportsCollection.WithTrialReports);

        Assert.Contains("trialReports", copy.Empty);
        Assert.DoesNotContain("sources", copy.Empty);
        var validation = SeedValidator.Validate(copy.Dir, TrialReportsCollection.WithTrialReports);
        Assert.True(validation.IsValid, string.Join("\n", validation.Problems));
        Assert.Empty(validation.Records.Records<TrialReport>());
        var result = await DatasetBuilder.BuildAsync(copy.Dir, Path.Combine(copy.Root, "opendata.db"), b => b.UseDatasetCollections(TrialReportsCollection.WithTrialReports));
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(0, result.Info!.CountOf("trialReports"));

        // Only the tests' copy fills the gap: without the file, the seed is refused.
        File.Delete(copy.PathOf("trialReports.yaml"));
        var problem = Assert.Single(SeedValidator.Validate(copy.Dir, TrialReportsCollection.WithTrialReports).Problems);
        Assert.Equal($"{copy.Dir}/trialReports.yaml:1:1: (file): is missing (write [] for an empty collection)", problem.ToString());
    }

    [Fact]
    public void Without_its_declaration_a_collection_file_is_refused()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "trialReports", "trialReports.yaml"), seed.PathOf("trialReports.yaml"));

        var problem = Assert.Single(SeedValidator.Validate(seed.Dir).Problems);

        Assert.StartsWith("'trialReports.yaml' is not a collection file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_undeclared_collection_is_refused_when_the_set_is_made()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => new DatasetCollections([new TrialReportsCollection()]));

        Assert.Equal("Institution is not the entity of a declared collection.", error.Message);
    }

    /// <summary>Builds the seed over <paramref name="collections"/> and finds each collection everywhere it must be.</summary>
    private async Task AssertEverywhereAsync(DatasetCollections collections, Action<DbContextOptionsBuilder>? configure)
    {
        var result = await DatasetBuilder.BuildAsync(seed.Dir, Database, configure);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var info = DatasetFile.ReadInfo(Database)!;
        using var context = new OpenDataDbContext(DatasetBuilder.Options(Database, configure, readOnly: true));
        var model = context.Model;
        var set = result.Records;
        var snapshotTypes = set.Snapshot.Records.Keys.Select(k => k.Type).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(collections.Select(c => c.Name), set.Counts.Select(c => c.Key));
        Assert.Equal(collections.Select(c => c.Name).Order(StringComparer.Ordinal), info.Counts.Select(c => c.Collection).Order(StringComparer.Ordinal));
        foreach (var collection in collections)
        {
            var entity = model.FindEntityType(collection.EntityType);
            Assert.True(entity is not null, $"{collection} is not in the model");
            Assert.Equal(collection.TableName, entity.GetTableName());
            Assert.Equal(collection.IsSourced, HasLink(model, collection.TypeName + "Sources"));
            Assert.Equal(collection.IsConflictSubject, HasLink(model, collection.TypeName + "Conflicts"));
            Assert.Equal(collection.IsConflictSubject, collections.SubjectTypes.TryGetValue(collection.TypeName, out var subject) && subject == collection);

            Assert.True(collection.HasSeedFile ? collections.Files.Contains(collection) : collection.Parent!.Children.Contains(collection), $"{collection} is read from no file");
            Assert.True(!collection.HasSeedFile || File.Exists(seed.PathOf(collection.SeedFileName)), $"no {collection.SeedFileName} in the fixture");

            // A collection the fixture has no file for (see SeedCopy) is built empty; the others have records.
            var count = set.Records(collection).Count;
            Assert.True(count > 0 || seed.Empty.Contains((collection.Parent ?? collection).Name), $"the fixture has no {collection}");
            Assert.Equal((collection.Name, count), (collection.Name, info.CountOf(collection.Name)));
            Assert.Equal((collection.Name, (long)count), (collection.Name, (long)DatabaseDump.Scalar(Database, $"SELECT COUNT(*) FROM \"{collection.TableName}\"")));
            Assert.True(count == 0 || snapshotTypes.Contains(collection.TypeName), $"no {collection.TypeName} in the release snapshot");
        }
    }

    private static bool HasLink(IModel model, string joinTable) => model.GetEntityTypes().Any(e => e.GetTableName() == joinTable);
}
