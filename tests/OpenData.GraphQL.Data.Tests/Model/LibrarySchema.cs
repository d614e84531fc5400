using GraphQL;
using GraphQL.Types;
using OpenData.GraphQL.Data.Batching;
using OpenData.GraphQL.Data.Collections;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Relay;

namespace OpenData.GraphQL.Data.Tests.Model;

public sealed class LibraryQuery : ObjectGraphType
{
    public LibraryQuery()
    {
        Name = "Query";
        Description = "Consultas del catálogo de prueba.";
        this.Collection<Book, BookType>("books", "Libros del catálogo.");
        this.Collection<LibraryDb, Author, AuthorType>("authors", "Autores, por desplazamiento.", db => db.Authors, o => o.UseOffsetPaging());
        this.Collection<LibraryDb, Review, ReviewType>("reviews", "Reseñas (página máxima 5, hasta 10 grupos).", db => db.Reviews, o =>
        {
            o.MaxPageSize = 5;
            o.DefaultPageSize = 3;
            o.MaxGroups = 10;
        });
        this.Collection<Tag, TagType>("tags", "Etiquetas.");
        Field<BookType>("book").Description("Un libro por su id global.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id global del libro.")
            .Resolve(context => context.LoadEntity<Book>(GlobalId.Decode<int>(context.GetArgument<string>("id"), "Book")));
    }
}

public sealed class LibrarySchema : Schema
{
    public LibrarySchema(IServiceProvider services, LibraryQuery query)
        : base(services)
    {
        Query = query;
        Description = "Esquema de prueba del motor de consultas.";
        this.UseQueryEngineScalars();
        this.RegisterTypeMapping<BookStatus, BookStatusType>();
    }
}
