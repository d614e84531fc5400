using GraphQL;
using GraphQL.Types;
using OpenData.Api.Collections;
using OpenData.Api.Collections.Nodes;
using OpenData.Api.Dataset;
using OpenData.Api.Schema.Dataset;
using OpenData.Api.Schema.Releases;
using OpenData.Api.Search;

namespace OpenData.Api.Schema;

/// <summary>The query root: the collection and by-id fields of every <see cref="ApiCollections"/> root collection, node lookups, search, releases and the dataset.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Consultas de los datos abiertos del Instituto Estatal de las Mujeres (IEM) de Durango. Solo lectura; cada dato trae sus fuentes.";

        foreach (var collection in ApiCollections.All)
        {
            collection.AddCollectionField(this);
        }

        foreach (var collection in ApiCollections.All)
        {
            collection.AddByIdField(this);
        }

        Field<NodeInterface>("node")
            .Description("Cualquier registro por su identificador global (convención Relay). Nulo si no existe.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Identificador global: base64 de «Tipo:slug».")
            .Resolve(context => NodeLoaders.LoadGlobal(context, context.GetArgument<string>("id")));
        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("Varios registros por sus identificadores globales, en el mismo orden; nulo en la posición de uno que no existe (máximo 100).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Identificadores globales (máximo 100).")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > 100)
                {
                    throw new ExecutionError($"Se pidieron {ids.Count} nodos; el máximo es 100.") { Code = Errors.ApiErrorCodes.TooManyNodes };
                }

                var pending = ids.Select(id => NodeLoaders.LoadGlobal(context, id)).ToList();
                var results = new List<object?>(pending.Count);
                foreach (var item in pending)
                {
                    results.Add(item is global::GraphQL.DataLoader.IDataLoaderResult loader
                        ? await loader.GetResultAsync(context.CancellationToken)
                        : item);
                }

                return results;
            });

        this.SearchField();
        this.ReleaseFields();

        Field<NonNullGraphType<DatasetType>>("dataset")
            .Description("El conjunto de datos: versión, fecha de construcción, conteos, licencia y cita.")
            .ResolveAsync(async context =>
                await context.RequestServices!.GetRequiredService<DatasetMetadata>().GetAsync(context.CancellationToken));
    }
}
