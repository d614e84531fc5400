using GraphQL.Types;
using OpenData.GraphQL.Data.Collections;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Data.Relay;
using OpenData.GraphQL.Data.Scalars;

namespace OpenData.GraphQL.Data.Benchmarks.Catalog;

public sealed class ItemType : ObjectGraphType<Item>
{
    public ItemType()
    {
        Description = "Artículo del catálogo.";
        this.GlobalIdField(x => x.Id);
        Field(x => x.Name).Description("Nombre.");
        Field(x => x.Price).Description("Precio.");
        Field(x => x.Created, type: typeof(NonNullGraphType<LocalDateGraphType>)).Description("Alta.");
    }
}

public sealed class CatalogQuery : ObjectGraphType
{
    public CatalogQuery()
    {
        Name = "Query";
        this.Collection<Item, ItemType>("items", "Artículos.");
        this.Collection<Item, ItemType>("itemsByOffset", "Artículos, por desplazamiento (para comparar).", configure: o => o.UseOffsetPaging());
    }
}

public sealed class CatalogSchema : Schema
{
    public CatalogSchema(IServiceProvider services, CatalogQuery query)
        : base(services)
    {
        Query = query;
        this.UseQueryEngineScalars();
    }
}
