using GraphQL.Types;
using OpenData.Api.Collections.Common;
using OpenData.Api.Collections.Programs;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Batching;

namespace OpenData.Api.Collections.Funding;

public sealed class FundingTotalType : ObjectGraphType<FundingTotal>
{
    public FundingTotalType()
    {
        Name = "FundingTotal";
        Description = "Un total de dinero que se puede publicar: suma solo montos que miden lo mismo (measure), nunca una parte con su total, y dice qué tan exacto es y cuántos registros no dan monto.";
        Field(x => x.Label).Description("Etiqueta en español de lo que suma la fila, por ejemplo «Presupuesto asignado en 2006» o «Dinero ejercido en 2021–2022».");
        Field(x => x.Measure, type: typeof(NonNullGraphType<MoneyMeasureGraphType>)).Description("Qué miden todos los montos sumados en la fila.");
        Field(x => x.Share).Description("Verdadero si la fila suma partes de otros registros (solo con includeShares: true); esas partes nunca se suman a su total.");
        Field(x => x.FiscalYear, nullable: true).Description("Ejercicio fiscal del grupo; nulo si la fuente no da año o si no se agrupa por FISCAL_PERIOD.");
        Field(x => x.FiscalYearEnd, nullable: true).Description("Último año, cuando los registros del grupo cubren un rango de años (2021–2022 es un grupo propio, distinto de 2021).");
        Field(x => x.Recipient, nullable: true).Description("Receptor del grupo, tal como lo nombran los registros; nulo si no lo dicen o si no se agrupa por RECIPIENT.");
        Field<ProgramType>("program")
            .Description("Programa del grupo; nulo si los registros no nombran programa o si no se agrupa por PROGRAM.")
            .Resolve(context => context.Source.ProgramId is { } id ? context.LoadEntity<PublicProgram>(id) : null);
        Field(x => x.Amount, nullable: true).Description("Suma de los montos que dan las fuentes (MXN, decimal exacto); nula si ningún registro del grupo da monto.");
        Field(x => x.AmountQualifier, type: typeof(NonNullGraphType<AmountQualifierGraphType>))
            .Description("Qué tan exacta es la suma: EXACT si todos los montos son exactos; APPROXIMATE si alguno es aproximado; AT_LEAST si alguno es «más de» o si algún registro no da monto; NOT_STATED si ninguno lo da.");
        Field(x => x.RecordCount).Description("Número de registros del grupo.");
        Field(x => x.RecordsWithoutAmount).Description("Registros del grupo cuya fuente no da monto (no suman, pero existen).");
        Field(x => x.RecordIds).Description("Slugs de los registros sumados, en orden.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FundingRecordType>>>>("records")
            .Description("Los registros sumados en la fila, para citarlos con sus fuentes.")
            .ResolveAsync(async context =>
            {
                var pending = context.Source.RecordIds.Select(id => context.LoadEntity<FundingRecord>(id)).ToList();
                var records = new List<object>(pending.Count);
                foreach (var item in pending)
                {
                    if (await item.GetResultAsync(context.CancellationToken) is { } record)
                    {
                        records.Add(record);
                    }
                }

                return records;
            })
            .AsRelationList();
    }
}

public sealed class FundingTotalGroupGraphType() : DescribedEnumGraphType<FundingTotalGroup>(
    "Por qué agrupar los totales de dinero, además de por lo que mide el monto (measure), que siempre se agrupa.",
    new Dictionary<FundingTotalGroup, string>
    {
        [FundingTotalGroup.FiscalPeriod] = "Por ejercicio fiscal o rango de años, tal como lo da la fuente: un registro de 2021–2022 no se suma a los de 2021; los registros sin año forman su propio grupo.",
        [FundingTotalGroup.Program] = "Por programa; los registros sin programa forman su propio grupo.",
        [FundingTotalGroup.Recipient] = "Por receptor, tal como lo nombra el registro; los registros sin receptor forman su propio grupo.",
    });
