namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>Which CLR types aggregate, and the CLR types of their sums and averages.</summary>
internal static class AggregateTypes
{
    private static readonly HashSet<Type> Integers = [typeof(short), typeof(int), typeof(long)];
    private static readonly HashSet<Type> Floats = [typeof(float), typeof(double)];

    public static bool IsNumeric(Type type) => Integers.Contains(type) || Floats.Contains(type) || type == typeof(decimal);

    public static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTime);

    /// <summary>Integers add up as <c>long</c>, floating point as <c>double</c>, decimals as <c>decimal</c>.</summary>
    public static Type Sum(Type type) => Integers.Contains(type) ? typeof(long) : Floats.Contains(type) ? typeof(double) : typeof(decimal);

    /// <summary>Decimals average exactly as <c>decimal</c>, everything else as <c>double</c>.</summary>
    public static Type Average(Type type) => type == typeof(decimal) ? typeof(decimal) : typeof(double);

    public static Type Nullable(Type type) => type.IsValueType && System.Nullable.GetUnderlyingType(type) is null
        ? typeof(Nullable<>).MakeGenericType(type)
        : type;
}
