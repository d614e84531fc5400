using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.Tests.Model;
using OpenData.GraphQL.Data.TextFolding;
using Folding = OpenData.GraphQL.Data.TextFolding.TextFolding;

namespace OpenData.GraphQL.Data.Tests.TextFolding;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Políticas Públicas", "politicas publicas")]
    [InlineData("PEÑÓN", "penon")]
    [InlineData("Cigüeña ÉTICA Ñandú", "ciguena etica nandu")]
    [InlineData("ÁÉÍÓÚÜÑ áéíóúüñ", "aeiouun aeiouun")]
    [InlineData("ça va", "ça va")]
    public void Fold_lowercases_and_removes_Spanish_diacritics(string text, string expected) =>
        Assert.Equal(expected, Folding.Fold(text));

    [Fact]
    public void Fold_keeps_null() => Assert.Null(Folding.Fold(null));

    [Fact]
    public void Folded_shadow_columns_exist_only_with_the_option_even_for_one_context_type()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        var withFolding = new DbContextOptionsBuilder<LibraryDb>().UseSqlite(connection).UseTextFolding().Options;
        var without = new DbContextOptionsBuilder<LibraryDb>().UseSqlite(connection).Options;

        using var folded = new LibraryDb(withFolding);
        using var plain = new LibraryDb(without);

        Assert.NotNull(folded.Model.FindEntityType(typeof(Book))!.FindProperty("Title_folded"));
        Assert.NotNull(folded.Model.FindEntityType(typeof(Author))!.FindProperty("Country_folded"));
        Assert.Null(plain.Model.FindEntityType(typeof(Book))!.FindProperty("Title_folded"));
    }

    [Fact]
    public void SaveChanges_fills_and_refreshes_the_folded_column()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        // EF Core does not open a connection it is handed open, so its owner registers the model's collation.
        connection.CreateCollation(LibraryDb.Spanish.Name, LibraryDb.Spanish.Compare);
        var options = new DbContextOptionsBuilder<LibraryDb>().UseSqlite(connection).UseTextFolding().Options;
        using (var db = new LibraryDb(options))
        {
            db.Database.EnsureCreated();
            db.Tags.Add(new Tag { Id = 1, Label = "Educación" });
            db.SaveChanges();
            db.Tags.Single().Label = "NIÑOS";
            db.SaveChanges();
        }

        using var check = new LibraryDb(options);
        Assert.Equal("ninos", check.Tags.Select(t => EF.Property<string>(t, "Label_folded")).Single());
    }
}
