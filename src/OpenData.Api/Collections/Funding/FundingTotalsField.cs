using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Funding;

/// <summary>The root field <c>fundingTotals</c>: totals of public money a journalist can publish as they come.</summary>
internal static class FundingTotalsField
{
    public static void AddFundingTotals(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingTotalType>>>>("fundingTotals")
            .Description("Totales de dinero público que se pueden publicar: cada fila suma solo montos que miden lo mismo (presupuesto, subsidio, gasto ejercido, devuelto…), nunca suma una parte con su total y trae una etiqueta en español. Un registro cuya fuente no dice qué mide el monto, o (al agrupar por año) que no tiene año, forma su propia fila y no se suma a otros. Por omisión, por ejercicio fiscal. Ordenados por año (los sin año al final) y por medida. Con más de 1000 filas, error `TOO_MANY_GROUPS`: filtre con `measures`.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<FundingTotalGroupGraphType>>>>("groupBy", "Por qué agrupar además de la medida, que siempre se agrupa; por omisión, [FISCAL_PERIOD]. Una lista vacía da un total por medida.", a => a.DefaultValue = new List<object> { FundingTotalGroup.FiscalPeriod })
            .Argument<ListGraphType<NonNullGraphType<MoneyMeasureGraphType>>>("measures", "Solo estas medidas; por omisión, todas (cada una en sus propias filas).")
            .Argument<NonNullGraphType<BooleanGraphType>>("includeShares", "Si es verdadero, las partes de otros registros aparecen en filas propias (share: true), nunca sumadas a su total; por omisión se omiten, porque su total ya las contiene.", a => a.DefaultValue = false)
            .WithComplexityImpact(1, 10)
            .ResolveAsync(async context =>
            {
                var groupBy = context.GetArgument<List<FundingTotalGroup>>("groupBy") ?? [FundingTotalGroup.FiscalPeriod];
                var measures = context.GetArgument<List<MoneyMeasure>?>("measures");
                var includeShares = context.GetArgument<bool>("includeShares");
                var factory = context.RequestServices!.GetRequiredService<IDbContextFactory<OpenDataDbContext>>();
                var db = await factory.CreateDbContextAsync(context.CancellationToken);
                await using (db)
                {
                    return await FundingTotals.ComputeAsync(db, groupBy, measures, includeShares, context.CancellationToken);
                }
            });
}
