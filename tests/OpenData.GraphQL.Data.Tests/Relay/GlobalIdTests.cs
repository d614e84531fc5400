using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Tests.Infrastructure;

namespace OpenData.GraphQL.Data.Tests.Relay;

public sealed class GlobalIdTests(LibraryFixture fixture) : IClassFixture<LibraryFixture>
{
    [Theory]
    [InlineData("Foo", 32, "Rm9vOjMy")]
    [InlineData("Foo", "abc", "Rm9vOmFiYw==")]
    public void Encoding_matches_HotChocolate_14(string type, object key, string expected) =>
        Assert.Equal(expected, GlobalId.Encode(type, key));

    [Fact]
    public void Decode_round_trips_and_checks_the_type()
    {
        Assert.Equal(42, GlobalId.Decode<int>(GlobalId.Encode("Book", 42), "Book"));
        var error = Assert.Throws<DataError>(() => GlobalId.Decode<int>(GlobalId.Encode("Tag", 42), "Book"));
        Assert.Equal(DataErrorCodes.InvalidId, error.Code);
        Assert.Throws<DataError>(() => GlobalId.Decode<int>("%%%", "Book"));
        Assert.Throws<DataError>(() => GlobalId.Decode<int>(GlobalId.Encode("Book", "x"), "Book"));
        Assert.False(GlobalId.TryDecode("Qm9vaw==", out _, out _));
    }

    [Fact]
    public async Task Id_fields_carry_global_ids_and_the_id_filter_takes_them()
    {
        var ids = new[] { GlobalId.Encode("Book", 3), GlobalId.Encode("Book", 5) };

        var result = await fixture.ExecuteAsync(
            "query($ids: [ID]) { books(where: { id: { in: $ids } }) { nodes { id title } } }", new { ids });

        JsonAssertions.NoErrors(result);
        var nodes = result.GetProperty("data").GetProperty("books").GetProperty("nodes");
        Assert.Equal(ids, JsonAssertions.Strings(nodes, "id"));
        Assert.Equal([fixture.Books[2].Title, fixture.Books[4].Title], JsonAssertions.Strings(nodes, "title"));
    }
}
