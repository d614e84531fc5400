using GraphQL;
using OpenData.Api.Collections.Common;
using OpenData.Domain.Model;
using OpenData.GraphQL.Data.Hosting;
using OpenData.GraphQL.Http.Introspection;

namespace OpenData.Api.Schema;

/// <summary>The published schema: queries only (the API is read-only).</summary>
public sealed class OpenDataSchema : global::GraphQL.Types.Schema
{
    public OpenDataSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Query = query;
        Description = "API pública de solo lectura con los datos abiertos del Instituto Estatal de las Mujeres (IEM) de Durango. Cada registro trae sus fuentes; donde las fuentes discrepan, se publican todas las versiones.";
        this.UseQueryEngineScalars();
        this.UseFullIntrospection();
        this.RegisterTypeMapping<SourceKind, SourceKindGraphType>();
        this.RegisterTypeMapping<HistoryCategory, HistoryCategoryGraphType>();
        this.RegisterTypeMapping<LegalInstrumentKind, LegalInstrumentKindGraphType>();
        this.RegisterTypeMapping<Jurisdiction, JurisdictionGraphType>();
        this.RegisterTypeMapping<ProgramLevel, ProgramLevelGraphType>();
        this.RegisterTypeMapping<AmountQualifier, AmountQualifierGraphType>();
        this.RegisterTypeMapping<MoneyMeasure, MoneyMeasureGraphType>();
        this.RegisterTypeMapping<CentreKind, CentreKindGraphType>();
        this.RegisterTypeMapping<DatePrecision, DatePrecisionGraphType>();
    }
}
