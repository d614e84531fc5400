using System.Globalization;
using GraphQL;
using GraphQL.Types;
using OpenData.Domain.Model;

namespace OpenData.Api.Schema.Dataset;

/// <summary>The dataset as a whole: version, build time, counts, licence and a citation ready to paste.</summary>
public sealed class DatasetType : ObjectGraphType<DatasetInfo>
{
    public DatasetType()
    {
        Name = "Dataset";
        Description = "El conjunto de datos publicado: su versión, cuándo se construyó, cuántos registros tiene, su licencia y cómo citarlo.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("Nombre del conjunto de datos.")
            .Resolve(context => Options(context).Title);
        Field(x => x.Version).Description("Versión: huella SHA-256 de los archivos de seed/. Cambia con cualquier cambio en los datos.");
        Field(x => x.BuiltAt).Description("Cuándo se construyó la base de datos (UTC).");
        Field<OpenData.Api.Schema.Releases.ReleaseType>("release")
            .Description("La versión publicada más reciente (ver releases); nula si aún no hay ninguna.")
            .Resolve(context => context.RequestServices!.GetRequiredService<OpenData.Api.Schema.Releases.ReleaseCatalog>().Latest);
        Field<NonNullGraphType<BooleanGraphType>>("hasUnreleasedChanges")
            .Description("Verdadero si los datos servidos difieren de la versión publicada más reciente (cambios aún no registrados como versión) o si no hay ninguna.")
            .Resolve(context => context.RequestServices!.GetRequiredService<OpenData.Api.Schema.Releases.ReleaseCatalog>().Latest?.Content != context.Source.Content);
        Field(x => x.IsSynthetic).Description("Verdadero solo en bases sintéticas para pruebas de carga; los datos publicados nunca lo son.");
        Field<NonNullGraphType<StringGraphType>>("publisher").Description("Quién compila y publica este conjunto de datos.")
            .Resolve(context => Options(context).Publisher);
        Field<NonNullGraphType<LicenceType>>("licence").Description("Licencia de los datos.")
            .Resolve(context => new Licence(Options(context).LicenceName, Options(context).LicenceUrl));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CollectionCountType>>>>("counts")
            .Description("Número de registros por colección.")
            .Resolve(context => CollectionCount.Of(context.Source));
        Field<NonNullGraphType<StringGraphType>>("url").Description("Dirección pública de la API.")
            .Resolve(context => PublicUrl(context));
        Field<NonNullGraphType<StringGraphType>>("citation")
            .Description("Cita lista para pegar, en la forma que pide Libre Uso MX: conjunto de datos, institución, URL y fecha de consulta.")
            .Argument<GraphQLClrInputTypeReference<DateOnly>>("consultedOn", "Fecha de consulta; por omisión, hoy (UTC).")
            .Resolve(context =>
            {
                var options = Options(context);
                var consulted = context.GetArgument<DateOnly?>("consultedOn") ?? DateOnly.FromDateTime(DateTime.UtcNow);
                return string.Create(CultureInfo.InvariantCulture,
                    $"{options.Publisher}. «{options.Title}» (datos sobre el Instituto Estatal de las Mujeres de Durango), versión {context.Source.Version[..12]}. {PublicUrl(context)}. Consultado el {consulted:yyyy-MM-dd}. Licencia {options.LicenceName} ({options.LicenceUrl}).");
            });
    }

    private static DatasetOptions Options(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<DatasetOptions>();

    private static string PublicUrl(IResolveFieldContext context)
    {
        if (Options(context).PublicUrl is { } configured)
        {
            return configured;
        }

        var request = context.RequestServices!.GetService<IHttpContextAccessor>()?.HttpContext?.Request;
        return request is null ? "http://localhost:5080/graphql"
            : Hosting.TrustedHost.BaseAddress(request, Options(context).AllowedHosts) is { } trusted ? new Uri(trusted, "graphql").ToString() : "/graphql";
    }
}

/// <summary>Name and address of a licence.</summary>
public sealed record Licence(string Name, string Url);

public sealed class LicenceType : ObjectGraphType<Licence>
{
    public LicenceType()
    {
        Name = "Licence";
        Description = "Una licencia de datos abiertos.";
        Field(x => x.Name).Description("Nombre de la licencia.");
        Field(x => x.Url).Description("Dirección del texto de la licencia.");
    }
}

/// <summary>How many records one collection holds.</summary>
public sealed record CollectionCount(string Collection, int Count)
{
    /// <summary>The dataset's counts, by collection name (case aside, then ordinal).</summary>
    public static IReadOnlyList<CollectionCount> Of(DatasetInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return [.. info.Counts.Select(c => new CollectionCount(c.Collection, c.Count)).OrderBy(c => c.Collection, StringComparer.OrdinalIgnoreCase)];
    }
}

public sealed class CollectionCountType : ObjectGraphType<CollectionCount>
{
    public CollectionCountType()
    {
        Name = "CollectionCount";
        Description = "Número de registros de una colección.";
        Field(x => x.Collection).Description("Nombre de la colección (como en las descargas y en seed/).");
        Field(x => x.Count).Description("Número de registros.");
    }
}
