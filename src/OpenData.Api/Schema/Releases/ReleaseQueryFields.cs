using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Collections;

namespace OpenData.Api.Schema.Releases;

/// <summary>The release fields of the query root: `releases` and `changes(since:)`.</summary>
internal static class ReleaseQueryFields
{
    public static void ReleaseFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReleaseType>>>>("releases")
            .Description("Las versiones publicadas del conjunto de datos, de la más reciente a la más antigua.")
            .Resolve(context => Catalog(context).All.Reverse().ToList());

        query.Collection<OpenDataDbContext, RecordChange, RecordChangeType>(
            "changes",
            "Qué cambió desde una versión publicada (o una fecha) hasta la más reciente: registros nuevos, retirados y cambiados, con cada valor antes y después. Se filtra por tipo con where: { recordType: { eq: \"FundingRecord\" } }.",
            db => db.RecordChanges,
            options => options.Argument(
                new QueryArgument<NonNullGraphType<StringGraphType>>
                {
                    Name = "since",
                    Description = "Versión publicada (por ejemplo \"1\") o fecha AAAA-MM-DD: lo que cambió en las versiones posteriores a ella.",
                },
                (context, value) =>
                {
                    var catalog = Catalog(context);
                    var since = catalog.ResolveSince((string)value!);
                    var until = catalog.Latest?.Id ?? "";
                    return (_, changes) => changes.Where(c => c.SinceReleaseId == since && c.UntilReleaseId == until);
                }));
    }

    private static ReleaseCatalog Catalog(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReleaseCatalog>();
}
