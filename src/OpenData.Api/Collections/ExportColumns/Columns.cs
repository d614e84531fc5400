using System.Linq.Expressions;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.ExportColumns;

/// <summary>
/// The column kinds a download knows, each turning a record's member into a value the writers understand:
/// enums become their GraphQL text, money an exact normalized decimal, relations the ids they point to.
/// </summary>
internal static class Columns
{
    public static ExportColumn<T> Id<T>()
        where T : IRecord => new("id", x => x.Id);

    public static ExportColumn<T> Text<T>(string name, Func<T, string?> value) => new(name, x => value(x));

    public static ExportColumn<T> Int<T>(string name, Func<T, int?> value) => new(name, x => value(x));

    public static ExportColumn<T> Bool<T>(string name, Func<T, bool> value) => new(name, x => value(x));

    /// <summary>Pesos as an exact decimal without trailing zeros (3000000, 45181370.72), as the API writes them.</summary>
    public static ExportColumn<T> Money<T>(string name, Func<T, decimal?> value) =>
        new(name, x => value(x) is { } amount ? amount / 1.0000000000000000000000000000m : null);

    public static ExportColumn<T> Enum<T, TEnum>(string name, Func<T, TEnum?> value)
        where TEnum : struct, System.Enum => new(name, x => value(x) is { } v ? EnumText.Format(v) : null);

    /// <summary>A single relation: the id of the record it points to.</summary>
    public static ExportColumn<T> Ref<T>(string name, Func<T, string?> id) => new(name, x => id(x));

    /// <summary>
    /// A list relation: the ids of the records it points to, in ordinal order. <paramref name="records"/> is the
    /// navigation itself (<c>x =&gt; x.Sources</c>): the download's query includes it.
    /// </summary>
    public static ExportColumn<T> Refs<T, TRecord>(string name, Expression<Func<T, IEnumerable<TRecord>>> records)
        where TRecord : IRecord
    {
        ArgumentNullException.ThrowIfNull(records);
        // x => x.Sources, or x => ((ISourced)x).Sources when T is a type parameter constrained to the interface.
        var navigation = records.Body is MemberExpression member
            && (member.Expression == records.Parameters[0]
                || member.Expression is UnaryExpression { NodeType: ExpressionType.Convert } cast && cast.Operand == records.Parameters[0])
            ? member.Member.Name
            : throw new ArgumentException($"'{records}' is not a navigation of {typeof(T).Name}.", nameof(records));
        var read = records.Compile();
        return new(name, x => read(x).Select(r => r.Id).Order(StringComparer.Ordinal).ToList(), navigation);
    }

    /// <summary>The record's sources, as source ids.</summary>
    public static ExportColumn<T> Sources<T>()
        where T : ISourced => Refs<T, Source>("sources", x => x.Sources);

    public static ExportColumn<T> Texts<T>(string name, Func<T, IReadOnlyList<string>> values) => new(name, x => values(x));

    public static ExportColumn<T> Ints<T>(string name, Func<T, IReadOnlyList<int>> values) => new(name, x => values(x));

    public static ExportColumn<T> Note<T>(Func<T, string?> note) => Text("note", note);

    /// <summary>A partial date X as its four columns: x, xPrecision, xStart, xEnd.</summary>
    public static IEnumerable<ExportColumn<T>> PartialDate<T>(string name, Func<T, Domain.Model.PartialDate?> date) =>
    [
        Text<T>(name, x => date(x)?.Text),
        Enum<T, DatePrecision>(name + "Precision", x => date(x)?.Precision),
        new ExportColumn<T>(name + "Start", x => date(x)?.Start),
        new ExportColumn<T>(name + "End", x => date(x)?.End),
    ];
}
