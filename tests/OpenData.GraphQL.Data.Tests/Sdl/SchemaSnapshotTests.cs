using GraphQL;
using GraphQL.Utilities;
using OpenData.GraphQL.Data.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace OpenData.GraphQL.Data.Tests.Sdl;

public sealed class SchemaSnapshotTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Fact]
    public void Printed_schema_matches_the_HotChocolate_names_snapshot()
    {
        fixture.Schema.Initialize();
        var sdl = fixture.Schema.Print(new PrintOptions { IncludeDescriptions = true });
        Snapshot.Match(sdl);
    }
}
