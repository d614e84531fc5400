using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using OpenData.GraphQL.Data.Model;

namespace OpenData.Domain.Model;

/// <summary>
/// A date as precise as its source: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, with the first and
/// last day it covers. An entity holds it as one property X (a flat value: an EF Core complex type) stored and published
/// as four columns and fields (X, XPrecision, XStart, XEnd).
/// </summary>
[FlatValue]
public readonly record struct PartialDate([property: OwnerNamed] string Text, DatePrecision Precision, DateOnly Start, DateOnly End)
{
    public const int MinYear = 1800;
    public const int MaxYear = 2100;

    /// <summary>Parses the text form; false with a reason when it is not a real partial date.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out PartialDate? date, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        date = null;
        var parts = text.Split('-');
        int[] lengths = [4, 2, 2];
        if (parts.Length > 3 || parts.Where((p, i) => p.Length != lengths[i] || !p.All(char.IsAsciiDigit)).Any())
        {
            error = $"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            error = $"'{text}' has a year outside {MinYear}..{MaxYear}";
            return false;
        }

        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
        if (month is < 1 or > 12)
        {
            error = $"'{text}' has no month {parts[1]}";
            return false;
        }

        if (parts.Length == 1)
        {
            date = new PartialDate(text, DatePrecision.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }
        else if (parts.Length == 2)
        {
            var first = new DateOnly(year, month, 1);
            date = new PartialDate(text, DatePrecision.Month, first, first.AddMonths(1).AddDays(-1));
        }
        else
        {
            var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                error = $"'{text}' is not a calendar date";
                return false;
            }

            var exact = new DateOnly(year, month, day);
            date = new PartialDate(text, DatePrecision.Day, exact, exact);
        }

        error = null;
        return true;
    }

    public override string ToString() => Text;
}
