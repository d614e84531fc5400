using OpenData.GraphQL.Data.Tests.Model;

namespace OpenData.GraphQL.Data.Tests.Infrastructure;

/// <summary>A deterministic library with accented and mixed-case Spanish text, nulls, ties and a many-to-many.</summary>
public static class LibraryData
{
    public static readonly string[] Words =
    [
        "Políticas", "POLITICAS", "políticas", "Peñón", "penon", "Árbol", "arbol", "Educación", "EDUCACION",
        "Niño", "nino", "Camión", "Cigüeña", "cigüena", "Pingüino", "Ética", "etica", "Ñandú", "Río", "rio", "Muñeca",
        "Acción", "Sol", "luna", "Mar",
    ];

    public static readonly string[] Countries = ["México", "mexico", "España", "Perú", "PERU", "Chile"];

    public static (List<Author> Authors, List<Book> Books, List<Review> Reviews, List<Tag> Tags) Create(int seed, int bookCount = 60)
    {
        var random = new Random(seed);
        string Text(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Words[random.Next(Words.Length)]));

        var tags = Enumerable.Range(1, 8).Select(i => new Tag { Id = i, Label = Words[(i * 3) % Words.Length] }).ToList();
        var authors = Enumerable.Range(1, 12).Select(i => new Author
        {
            Id = i,
            Name = Text(1, 2),
            Country = random.Next(4) == 0 ? null : Countries[random.Next(Countries.Length)],
            Born = random.Next(3) == 0 ? null : new DateOnly(1940 + random.Next(60), 1 + random.Next(12), 1 + random.Next(28)),
        }).ToList();

        var books = new List<Book>();
        for (var i = 1; i <= bookCount; i++)
        {
            var author = random.Next(6) == 0 ? null : authors[random.Next(authors.Count)];
            var book = new Book
            {
                Id = i,
                Title = Text(1, 3),
                Subtitle = random.Next(3) == 0 ? null : Text(1, 2),
                Status = (BookStatus)random.Next(3),
                Published = new DateOnly(2000 + random.Next(5), 1 + random.Next(3), 1 + random.Next(3)),
                Price = random.Next(1, 8) * 2.5m,
                Royalty = i % 5 == 0 ? null : (i * 7919 % 100_000) / 100m,
                Rating = random.Next(4) == 0 ? null : random.Next(1, 10) / 2.0,
                Pages = 100 + (random.Next(6) * 50),
                Copies = random.Next(4) * 1_000_000_000L,
                InPrint = random.Next(2) == 0,
                AddedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(200) * 7),
                AuthorId = author?.Id,
                Author = author,
            };
            // Derived, not drawn, so the random sequence (and every other value) stays as it was.
            book.EditionYears = i % 4 == 0 ? [] : [.. Enumerable.Range(book.Published.Year, 1 + (i % 3)).Select(y => y + (i % 2))];
            book.FirstPrinting = i % 3 == 0 ? null : new Printing(Words[i * 5 % Words.Length], i % 4 * 500, book.Published.AddDays(i % 9));
            author?.Books.Add(book);
            foreach (var tag in tags.OrderBy(_ => random.Next()).Take(random.Next(4)))
            {
                book.Tags.Add(tag);
                tag.Books.Add(book);
            }

            books.Add(book);
        }

        var reviews = new List<Review>();
        for (var i = 1; i <= bookCount * 5 / 2; i++)
        {
            var book = books[random.Next(books.Count)];
            var review = new Review
            {
                Id = i,
                BookId = book.Id,
                Book = book,
                Reviewer = Text(1, 1),
                Stars = random.Next(1, 6),
                Comment = random.Next(3) == 0 ? null : Text(1, 3),
            };
            book.Reviews.Add(review);
            reviews.Add(review);
        }

        return (authors, books, reviews, tags);
    }
}
