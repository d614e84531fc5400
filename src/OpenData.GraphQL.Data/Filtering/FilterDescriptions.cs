namespace OpenData.GraphQL.Data.Filtering;

/// <summary>Spanish descriptions shared by the generated filter input types.</summary>
internal static class FilterDescriptions
{
    public const string And = "Todas las condiciones de la lista deben cumplirse.";
    public const string Or = "Al menos una de las condiciones de la lista debe cumplirse.";
    public const string Eq = "Igual al valor (comparación exacta). `null` selecciona los valores nulos.";
    public const string Neq = "Distinto del valor (comparación exacta). `null` selecciona los valores no nulos.";
    public const string In = "Igual a alguno de los valores de la lista (comparación exacta).";
    public const string Nin = "Distinto de todos los valores de la lista (comparación exacta).";
    public const string Gt = "Mayor que el valor.";
    public const string Ngt = "No mayor que el valor.";
    public const string Gte = "Mayor o igual que el valor.";
    public const string Ngte = "No mayor ni igual que el valor.";
    public const string Lt = "Menor que el valor.";
    public const string Nlt = "No menor que el valor.";
    public const string Lte = "Menor o igual que el valor.";
    public const string Nlte = "No menor ni igual que el valor.";

    private const string Folding = " Ignora mayúsculas y acentos (á é í ó ú ü ñ): «politicas» encuentra «Políticas».";
    public const string Contains = "Contiene el texto." + Folding;
    public const string NContains = "No contiene el texto." + Folding;
    public const string StartsWith = "Empieza por el texto." + Folding;
    public const string NStartsWith = "No empieza por el texto." + Folding;
    public const string EndsWith = "Termina en el texto." + Folding;
    public const string NEndsWith = "No termina en el texto." + Folding;

    public const string All = "Todos los elementos de la lista cumplen el filtro.";
    public const string None = "Ningún elemento de la lista cumple el filtro.";
    public const string Some = "Al menos un elemento de la lista cumple el filtro.";
    public const string AllValues = "Todos los valores de la lista cumplen las operaciones.";
    public const string NoValue = "Ningún valor de la lista cumple las operaciones.";
    public const string SomeValue = "Al menos un valor de la lista cumple las operaciones.";
    public const string Any = "`true`: la lista tiene elementos; `false`: la lista está vacía.";

    public const string IdEq = "Igual al id global.";
    public const string IdNeq = "Distinto del id global.";
    public const string IdIn = "Igual a alguno de los ids globales de la lista.";
    public const string IdNin = "Distinto de todos los ids globales de la lista.";

    public static string ObjectFilter(string typeName) =>
        $"Filtro sobre {typeName}: los campos indicados se combinan con Y; `and`/`or` combinan filtros completos.";

    public static string ListFilter(string typeName) => $"Filtro sobre una lista de {typeName}.";

    public static string ScalarListFilter(string operationsName) =>
        $"Filtro sobre una lista de valores: `some`, `all` y `none` aplican las operaciones de {operationsName} a cada valor.";

    public static string Member(string fieldName) => $"Condición sobre `{fieldName}`.";

    public static string Operations(string scalarName) => $"Operaciones de filtro sobre valores {scalarName}.";
}
