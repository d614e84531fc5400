namespace OpenData.GraphQL.Data.Benchmarks.Catalog;

public enum Category
{
    Books,
    Music,
    Films,
    Games,
}

public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public Category Category { get; set; }

    public decimal Price { get; set; }

    public DateOnly Created { get; set; }
}
