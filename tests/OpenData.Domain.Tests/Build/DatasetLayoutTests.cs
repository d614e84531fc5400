using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Build;
using OpenData.Domain.Data;
using OpenData.Domain.Tests.Support;

namespace OpenData.Domain.Tests.Build;

public sealed class DatasetLayoutTests : IDisposable
{
    private readonly SeedCopy seed = new();

    public void Dispose() => seed.Dispose();

    [Fact]
    public async Task A_build_stores_the_layout_of_the_options_it_was_built_with()
    {
        var file = Path.Combine(seed.Root, "layout.db");

        Assert.True((await DatasetBuilder.BuildAsync(seed.Dir, file)).Succeeded);

        var info = DatasetFile.ReadInfo(file)!;
        Assert.Equal(DatasetLayout.Of(DatasetBuilder.Options(file)), info.Layout);
        Assert.Matches("^[0-9a-f]{16}$", info.Layout);
    }

    [Fact]
    public void Layout_changes_with_the_model_and_not_with_the_file()
    {
        var plain = DatasetLayout.Of(DatasetBuilder.Options("a.db"));
        var samePlainElsewhere = DatasetLayout.Of(DatasetBuilder.Options("b.db"));
        var withBuildStep = DatasetLayout.Of(DatasetBuilder.Options("a.db", o => o.AddDatasetBuildStep(new NoStep())));

        Assert.Equal(plain, samePlainElsewhere);
        Assert.NotEqual(plain, withBuildStep);
    }

    [Fact]
    public async Task A_database_written_before_the_layout_existed_reads_with_an_empty_layout()
    {
        var file = Path.Combine(seed.Root, "old.db");
        Assert.True((await DatasetBuilder.BuildAsync(seed.Dir, file)).Succeeded);
        await using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            // Rewriting the table re-checks the indexes, some of them on Spanish-collated text.
            connection.CreateCollation(DatasetCollation.Spanish.Name, DatasetCollation.Spanish.Compare);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE \"DatasetInfo\" DROP COLUMN \"Layout\"";
            await command.ExecuteNonQueryAsync();
        }

        var info = DatasetFile.ReadInfo(file);

        Assert.NotNull(info);
        Assert.Equal("", info.Layout);
        Assert.False(string.IsNullOrEmpty(info.Version));
    }

    private sealed class NoStep : IDatasetBuildStep
    {
        public Task RunAsync(DbContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
