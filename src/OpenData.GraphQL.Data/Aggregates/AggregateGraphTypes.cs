using GraphQL.Types;
using OpenData.GraphQL.Data.Scalars;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>The nullable GraphQL output type of an aggregate or key value of a CLR type.</summary>
internal static class AggregateGraphTypes
{
    public static Type Of(Type clrType) =>
        clrType.IsEnum ? typeof(GraphQLClrOutputTypeReference<>).MakeGenericType(clrType)
        : clrType == typeof(string) ? typeof(StringGraphType)
        : clrType == typeof(bool) ? typeof(BooleanGraphType)
        : clrType == typeof(short) ? typeof(ShortGraphType)
        : clrType == typeof(int) ? typeof(IntGraphType)
        : clrType == typeof(long) ? typeof(LongGraphType)
        : clrType == typeof(float) || clrType == typeof(double) ? typeof(FloatGraphType)
        : clrType == typeof(decimal) ? typeof(DecimalGraphType)
        : clrType == typeof(DateOnly) ? typeof(LocalDateGraphType)
        : clrType == typeof(DateTimeOffset) ? typeof(DateTimeOffsetGraphType)
        : typeof(DateTimeGraphType);

    /// <summary>A field reading <paramref name="name"/> from the dictionary it resolves on.</summary>
    public static void Value(ObjectGraphType<IReadOnlyDictionary<string, object?>> type, string name, Type clrType, string description) =>
        type.Field(name, Of(clrType)).Description(description).Resolve(c => c.Source.GetValueOrDefault(name));
}
