namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>Spanish descriptions of the generated aggregate fields and types.</summary>
internal static class AggregateDescriptions
{
    private const string Nulls = " Los valores nulos se ignoran; sin ningún valor no nulo (conjunto vacío o todos nulos) el resultado es null, como en SQL.";

    public const string AggregatesField =
        "Totales de todos los elementos que cumplen `where` (no solo los de la página), calculados en la base de datos con una sola consulta.";

    public static string GroupedAggregatesField(int maxGroups) =>
        "Totales agrupados por los campos de `groupBy`, sobre los elementos que cumplen `where`, en una sola consulta. "
        + "Como GROUP BY en SQL: un valor nulo forma su propio grupo y solo aparecen grupos con al menos un elemento (nunca grupos vacíos). "
        + "Los grupos se ordenan por sus claves en el orden de `groupBy`, con los nulos primero, tal como ordena la base de datos "
        + $"(texto por orden binario, enumeraciones por su valor almacenado). Si hubiera más de {maxGroups} grupos, error `TOO_MANY_GROUPS`: filtre con `where` o agrupe por menos campos.";

    public static string GroupByArgument(int maxKeys) =>
        $"Campos por los que se agrupa, de 1 a {maxKeys} distintos (los repetidos se ignoran); `<CAMPO>_YEAR` agrupa por el año de una fecha.";

    public const string Count = "Número de elementos (filas).";
    public const string Sum = "Sumas de los campos numéricos." + Nulls;
    public const string Avg = "Medias de los campos numéricos: la suma de los valores no nulos dividida entre cuántos hay (los decimales, exactos)." + Nulls;
    public const string Min = "Mínimos de los campos numéricos y de fecha." + Nulls;
    public const string Max = "Máximos de los campos numéricos y de fecha." + Nulls;
    public const string Keys = "Los valores de las claves de `groupBy` que comparten los elementos del grupo.";

    public static string Aggregates(string typeName) =>
        $"Totales de {typeName}: número de elementos y sumas, medias, mínimos y máximos por campo, calculados en SQL.";

    public static string Group(string typeName) =>
        $"Un grupo de {typeName}: los elementos con los mismos valores en las claves de `groupBy`, con sus totales.";

    public static string SumType(string typeName) => $"Sumas de los campos numéricos de {typeName} (enteros como Long)." + Nulls;

    public static string AvgType(string typeName) => $"Medias de los campos numéricos de {typeName} (decimales exactos; los demás como Float)." + Nulls;

    public static string MinMaxType(string typeName) =>
        $"Mínimos (en `min`) o máximos (en `max`) de los campos numéricos y de fecha de {typeName}." + Nulls;

    public static string GroupKeysType(string typeName) =>
        $"Claves de un grupo de {typeName}: solo tienen valor las pedidas en `groupBy`; null en una clave pedida es el grupo de los elementos sin ese dato.";

    public static string GroupByType(string typeName) =>
        $"Campos de {typeName} por los que se puede agrupar en `groupedAggregates`; `<CAMPO>_YEAR` agrupa por el año de una fecha.";

    public static string SumOf(string field) => $"Suma de `{field}`; null si no hay valores no nulos.";

    public static string AvgOf(string field) => $"Media de `{field}`; null si no hay valores no nulos.";

    public static string MinMaxOf(string field) => $"Mínimo o máximo de `{field}`; null si no hay valores no nulos.";

    public static string GroupByValue(GroupByOption option) =>
        option.IsYear ? $"Agrupa por el año de `{option.Member.FieldName}`." : $"Agrupa por `{option.Member.FieldName}`.";

    public static string KeyOf(GroupByOption option) =>
        (option.IsYear ? $"Año de `{option.Member.FieldName}`" : $"Valor de `{option.Member.FieldName}`")
        + " del grupo (null si no se agrupa por este campo o si es el grupo de los elementos sin valor).";
}
