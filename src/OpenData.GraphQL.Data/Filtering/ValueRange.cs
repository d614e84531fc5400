using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>
/// Whether a filter value fits the column it is compared with: a value that the column's converter cannot store
/// (a decimal beyond a whole-centavos <c>long</c>, or with more decimals than it keeps) is a client error with a
/// code, never a failure while the SQL parameter is made.
/// </summary>
internal static class ValueRange
{
    public static ValueConverter? ConverterOf(IModel? model, EntityMember member) =>
        ((member.MappedProperty(model, member.DeclaringEntity) ?? member.MappedProperty(model, (member.Owner ?? member.Property).DeclaringType!))
            as IProperty)?.FindTypeMapping()?.Converter;

    public static object Check(ValueConverter converter, EntityMember member, object value)
    {
        object? stored;
        try
        {
            stored = converter.ConvertToProvider(value);
        }
        catch (Exception e) when (e is OverflowException or ArgumentException or FormatException or InvalidCastException)
        {
            throw OutOfRange(member, value);
        }

        if (stored is not null && !Equals(converter.ConvertFromProvider(stored), value))
        {
            throw new DataError(
                DataErrorCodes.ValueTooPrecise,
                TooPreciseMessage(member.FieldName, value),
                new Dictionary<string, object?> { ["field"] = member.FieldName });
        }

        return value;
    }

    private static DataError OutOfRange(EntityMember member, object value) => new(
        DataErrorCodes.ValueOutOfRange,
        OutOfRangeMessage(member.FieldName, value),
        new Dictionary<string, object?> { ["field"] = member.FieldName });

    // The messages (Spanish, the API's language), kept together for localisation.
    private static string OutOfRangeMessage(string field, object value) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"El valor {value} del filtro sobre `{field}` está fuera del intervalo que el campo puede guardar.");

    private static string TooPreciseMessage(string field, object value) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"El valor {value} del filtro sobre `{field}` tiene más decimales de los que el campo guarda.");
}
