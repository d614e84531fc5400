using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.GraphQL.Data.Benchmarks.Catalog;

/// <summary>A 1,000,000-row SQLite catalog, generated once into the temp folder and reused by later runs.</summary>
public static class CatalogDatabase
{
    public const int Rows = 1_000_000;

    private static readonly string[] Words =
    [
        "Políticas", "públicas", "Peñón", "árbol", "educación", "niño", "camión", "cigüeña", "ética", "río", "sol", "mar",
        "luna", "acción", "montaña", "ciudad", "música", "canción", "película", "juego",
    ];

    public static string Path => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "opendata-graphql-data-bench-1m-v1.db");

    public static string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path }.ToString();

    public static void EnsureCreated()
    {
        var options = new DbContextOptionsBuilder<CatalogDb>().UseSqlite(ConnectionString).UseTextFolding().Options;
        using (var db = new CatalogDb(options))
        {
            if (File.Exists(Path) && db.Database.CanConnect() && Count(db) == Rows)
            {
                return;
            }

            db.Database.EnsureDeleted();
            db.Database.EnsureCreated();
        }

        Fill();
    }

    private static int Count(CatalogDb db)
    {
        try
        {
            return db.Items.Count();
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    private static void Fill()
    {
        var random = new Random(42);
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO Items (Id, Name, Name_folded, Category, Price, Created) VALUES ($id, $name, $folded, $category, $price, $created)";
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var name = command.Parameters.Add("$name", SqliteType.Text);
        var folded = command.Parameters.Add("$folded", SqliteType.Text);
        var category = command.Parameters.Add("$category", SqliteType.Integer);
        var price = command.Parameters.Add("$price", SqliteType.Text);
        var created = command.Parameters.Add("$created", SqliteType.Text);
        command.Prepare();
        for (var i = 1; i <= Rows; i++)
        {
            var text = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {random.Next(1000)}";
            id.Value = i;
            name.Value = text;
            folded.Value = OpenData.GraphQL.Data.TextFolding.TextFolding.Fold(text);
            category.Value = random.Next(4);
            price.Value = (random.Next(1, 100_000) / 100m).ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture);
            created.Value = new DateOnly(2000, 1, 1).AddDays(random.Next(9000)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
