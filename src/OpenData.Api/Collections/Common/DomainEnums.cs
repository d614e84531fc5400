using OpenData.Domain.Model;

namespace OpenData.Api.Collections.Common;

public sealed class SourceKindGraphType() : DescribedEnumGraphType<SourceKind>(
    "Tipo de fuente.",
    new Dictionary<SourceKind, string>
    {
        [SourceKind.Official] = "Fuente oficial: gobierno, periódico o diario oficial, sitio institucional.",
        [SourceKind.Press] = "Nota o artículo de prensa.",
        [SourceKind.Academic] = "Publicación académica o universitaria.",
        [SourceKind.CivilSociety] = "Organización de la sociedad civil.",
        [SourceKind.Other] = "Otro tipo de fuente (por ejemplo, una copia secundaria de un documento).",
    });

public sealed class HistoryCategoryGraphType() : DescribedEnumGraphType<HistoryCategory>(
    "Categoría de un hecho histórico.",
    new Dictionary<HistoryCategory, string>
    {
        [HistoryCategory.InternationalFramework] = "Marco internacional (por ejemplo, la Plataforma de Beijing de 1995).",
        [HistoryCategory.Legal] = "Leyes, decretos, reformas e iniciativas.",
        [HistoryCategory.Institutional] = "Creación, organización y funcionamiento de instituciones.",
        [HistoryCategory.Leadership] = "Nombramientos y titulares de cargos públicos.",
        [HistoryCategory.Program] = "Programas, campañas y servicios.",
        [HistoryCategory.GenderAlert] = "Alerta de Violencia de Género contra las Mujeres (AVGM).",
        [HistoryCategory.Budget] = "Presupuesto y dinero público.",
        [HistoryCategory.Other] = "Otros hechos.",
    });

public sealed class LegalInstrumentKindGraphType() : DescribedEnumGraphType<LegalInstrumentKind>(
    "Tipo de instrumento jurídico.",
    new Dictionary<LegalInstrumentKind, string>
    {
        [LegalInstrumentKind.Law] = "Ley.",
        [LegalInstrumentKind.Decree] = "Decreto.",
        [LegalInstrumentKind.Reform] = "Reforma a una ley o norma.",
        [LegalInstrumentKind.OperatingRules] = "Reglas de operación de un programa.",
        [LegalInstrumentKind.Agreement] = "Acuerdo o convenio publicado.",
        [LegalInstrumentKind.Plan] = "Plan de gobierno (por ejemplo, el Plan Estatal de Desarrollo).",
        [LegalInstrumentKind.Regulation] = "Reglamento.",
        [LegalInstrumentKind.Initiative] = "Iniciativa presentada ante un congreso.",
    });

public sealed class JurisdictionGraphType() : DescribedEnumGraphType<Jurisdiction>(
    "Ámbito de gobierno al que pertenece un instrumento o plan.",
    new Dictionary<Jurisdiction, string>
    {
        [Jurisdiction.State] = "Estatal (Durango).",
        [Jurisdiction.Federal] = "Federal (México).",
        [Jurisdiction.International] = "Internacional.",
    });

public sealed class ProgramLevelGraphType() : DescribedEnumGraphType<ProgramLevel>(
    "Orden de gobierno que opera un programa.",
    new Dictionary<ProgramLevel, string>
    {
        [ProgramLevel.Federal] = "Federal.",
        [ProgramLevel.State] = "Estatal.",
        [ProgramLevel.Municipal] = "Municipal.",
    });

public sealed class AmountQualifierGraphType() : DescribedEnumGraphType<AmountQualifier>(
    "Qué tan preciso es un monto según su fuente.",
    new Dictionary<AmountQualifier, string>
    {
        [AmountQualifier.Exact] = "La fuente da el monto exacto.",
        [AmountQualifier.AtLeast] = "La fuente dice «más de» este monto.",
        [AmountQualifier.Approximate] = "La fuente da un monto aproximado («cerca de», «unos»).",
        [AmountQualifier.NotStated] = "La fuente no da monto; el campo amount queda vacío.",
    });

public sealed class MoneyMeasureGraphType() : DescribedEnumGraphType<MoneyMeasure>(
    "Qué mide un monto de dinero según su fuente. Montos de medidas distintas no se suman: un presupuesto, un subsidio recibido, un gasto y una devolución son cosas distintas.",
    new Dictionary<MoneyMeasure, string>
    {
        [MoneyMeasure.Budget] = "Presupuesto asignado a un organismo para un periodo.",
        [MoneyMeasure.ProposedIncrease] = "Incremento propuesto en un proyecto de presupuesto, aún no aprobado.",
        [MoneyMeasure.Transfer] = "Subsidio o transferencia de otro organismo u orden de gobierno, otorgado o recibido.",
        [MoneyMeasure.Announced] = "Monto que una autoridad anunció que invertiría, sin que la fuente diga si se asignó o se ejerció.",
        [MoneyMeasure.Spent] = "Dinero ejercido (gastado).",
        [MoneyMeasure.NotSpent] = "Dinero disponible que no se ejerció.",
        [MoneyMeasure.Returned] = "Dinero devuelto por no ejercerse.",
        [MoneyMeasure.OutstandingLoans] = "Saldo de préstamos vigentes en una fecha: un saldo, no un flujo del año.",
        [MoneyMeasure.Prize] = "Monto de un premio.",
        [MoneyMeasure.NotStated] = "La fuente no dice qué mide el monto.",
    });

public sealed class CentreKindGraphType() : DescribedEnumGraphType<CentreKind>(
    "Tipo de centro de atención.",
    new Dictionary<CentreKind, string>
    {
        [CentreKind.Cdm] = "Centro para el Desarrollo de las Mujeres (CDM).",
        [CentreKind.Cai] = "Centro de Atención Itinerante (CAI): equipo que también visita comunidades.",
        [CentreKind.JusticeCentre] = "Centro de Justicia para las Mujeres (CJM).",
        [CentreKind.Shelter] = "Refugio o casa de estancia para mujeres en situación de violencia.",
        [CentreKind.Office] = "Oficina o sede.",
    });

public sealed class DatePrecisionGraphType() : DescribedEnumGraphType<DatePrecision>(
    "Precisión de una fecha tal como la da su fuente; nunca se publica más precisa que la fuente.",
    new Dictionary<DatePrecision, string>
    {
        [DatePrecision.Year] = "Solo el año (AAAA).",
        [DatePrecision.Month] = "Año y mes (AAAA-MM).",
        [DatePrecision.Day] = "Día exacto (AAAA-MM-DD).",
    });
