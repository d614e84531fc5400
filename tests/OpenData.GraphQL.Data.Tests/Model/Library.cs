using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Tests.Model;

public enum BookStatus
{
    Draft,
    Published,
    Retired,
}

public sealed class Author
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Country { get; set; }

    public DateOnly? Born { get; set; }

    public List<Book> Books { get; set; } = [];
}

public sealed class Book
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    public BookStatus Status { get; set; }

    public DateOnly Published { get; set; }

    public decimal Price { get; set; }

    /// <summary>Stored as integer centavos through a value converter (column RoyaltyCents).</summary>
    public decimal? Royalty { get; set; }

    public double? Rating { get; set; }

    public int Pages { get; set; }

    public long Copies { get; set; }

    public bool InPrint { get; set; }

    public DateTime AddedAt { get; set; }

    public int? AuthorId { get; set; }

    public Author? Author { get; set; }

    public List<Review> Reviews { get; set; } = [];

    public List<Tag> Tags { get; set; } = [];

    /// <summary>A list of scalars (a JSON array on SQLite, an integer array on PostgreSQL), some empty.</summary>
    public List<int> EditionYears { get; set; } = [];

    /// <summary>A flat value (an EF Core complex type, columns FirstPrinting, FirstPrintingRun, FirstPrintingDate), some absent.</summary>
    public Printing? FirstPrinting { get; set; }
}

/// <summary>Where, how many and when a book was printed: one value, published as flat fields of its book.</summary>
[FlatValue]
public readonly record struct Printing([property: OwnerNamed] string Place, int Run, DateOnly Date);

public sealed class Review
{
    public int Id { get; set; }

    public int BookId { get; set; }

    public Book? Book { get; set; }

    public string Reviewer { get; set; } = "";

    public int Stars { get; set; }

    public string? Comment { get; set; }
}

public sealed class Tag
{
    public int Id { get; set; }

    public string Label { get; set; } = "";

    public List<Book> Books { get; set; } = [];
}
