using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenData.GraphQL.Data.Scalars;

/// <summary>The HotChocolate 15 <c>LocalDate</c> scalar: a <see cref="DateOnly"/> written as ISO <c>yyyy-MM-dd</c>.</summary>
public sealed class LocalDateGraphType : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public LocalDateGraphType()
    {
        Name = "LocalDate";
        Description = "Fecha sin hora ni zona horaria, en formato ISO 8601 `yyyy-MM-dd` (por ejemplo `2024-03-31`).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly d => d,
        string s => Parse(s),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dt => DateOnly.FromDateTime(dt).ToString(Format, CultureInfo.InvariantCulture),
        string s => Parse(s).ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    private static DateOnly Parse(string text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"'{text}' no es una fecha válida con formato yyyy-MM-dd.");
}
