using GraphQL.Types;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Projection;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Scalars;

namespace OpenData.GraphQL.Data.Tests.Model;

public sealed class BookStatusType : EnumerationGraphType<BookStatus>
{
    public BookStatusType()
    {
        Description = "Estado editorial del libro.";
    }
}

public sealed class AuthorType : ObjectGraphType<Author>
{
    public AuthorType()
    {
        Description = "Autor de libros.";
        this.GlobalIdField(x => x.Id);
        Field(x => x.Name).Description("Nombre completo.");
        Field(x => x.Country, nullable: true).Description("País de nacimiento.");
        Field(x => x.Born, type: typeof(LocalDateGraphType)).Description("Fecha de nacimiento.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books").Description("Libros del autor.").ResolveBatch(x => x.Books);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("booksInPrint").Description("Libros del autor que se imprimen.")
            .ResolveBatchByKey<Author, Book>(b => b.AuthorId, b => b.InPrint);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("booksByPages").Description("Libros del autor, del más corto al más largo.")
            .ResolveBatch(x => x.Books, orderBy: b => b.Pages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("booksInPrintByTitle").Description("Libros que se imprimen, por título.")
            .ResolveBatchByKey<Author, Book>(b => b.AuthorId, b => b.InPrint, orderBy: b => b.Title);
    }
}

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Description = "Libro del catálogo.";
        this.GlobalIdField(x => x.Id);
        Field(x => x.Title).Description("Título.");
        Field(x => x.Subtitle, nullable: true).Description("Subtítulo.");
        Field(x => x.Status, type: typeof(NonNullGraphType<BookStatusType>)).Description("Estado.");
        Field(x => x.Published, type: typeof(NonNullGraphType<LocalDateGraphType>)).Description("Fecha de publicación.");
        Field(x => x.Price).Description("Precio.");
        Field(x => x.Royalty, nullable: true).Description("Regalías (guardadas en centavos).");
        Field(x => x.Rating, nullable: true).Description("Valoración media.");
        Field(x => x.Pages).Description("Páginas.");
        Field(x => x.Copies).Description("Ejemplares.");
        Field(x => x.InPrint).Description("Se imprime todavía.");
        Field(x => x.AddedAt).Description("Alta en el catálogo.");
        this.FlatField(x => x.FirstPrinting, p => p.Place, typeof(StringGraphType)).Description("Lugar de la primera impresión.");
        this.FlatField(x => x.FirstPrinting, p => p.Run, typeof(IntGraphType)).Description("Tirada de la primera impresión.");
        this.FlatField(x => x.FirstPrinting, p => p.Date, typeof(LocalDateGraphType)).Description("Fecha de la primera impresión.");
        Field<StringGraphType>("shout").Description("Título en mayúsculas.").Resolve(c => c.Source.Title.ToUpperInvariant()).Requires(x => x.Title);
        Field<AuthorType>("author").Description("Autor.").ResolveBatchReference(x => x.Author);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews").Description("Reseñas.").ResolveBatch(x => x.Reviews);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TagType>>>>("tags").Description("Etiquetas.").ResolveBatch(x => x.Tags);
    }
}

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Description = "Reseña de un libro.";
        this.GlobalIdField(x => x.Id);
        Field(x => x.Reviewer).Description("Quien reseña.");
        Field(x => x.Stars).Description("Estrellas (1 a 5).");
        Field(x => x.Comment, nullable: true).Description("Comentario.");
        Field(x => x.Book, type: typeof(BookType)).Description("Libro reseñado (proyectado con JOIN).");
    }
}

public sealed class TagType : ObjectGraphType<Tag>
{
    public TagType()
    {
        Description = "Etiqueta temática.";
        this.GlobalIdField(x => x.Id);
        Field(x => x.Label).Description("Texto de la etiqueta.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BookType>>>>("books").Description("Libros con la etiqueta.").ResolveBatch(x => x.Books);
    }
}
