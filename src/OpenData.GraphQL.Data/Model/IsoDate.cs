namespace OpenData.GraphQL.Data.Model;

/// <summary>A date written as <c>yyyy-MM-dd</c> in UTF-8, read without a string (a SQLite column's bytes, a cursor's JSON).</summary>
internal static class IsoDate
{
    private const int Length = 10;

    /// <summary>
    /// The date of exactly <c>yyyy-MM-dd</c> (ASCII digits, a valid day of the proleptic Gregorian calendar): the value
    /// <see cref="DateOnly.Parse(string, IFormatProvider)"/> and System.Text.Json give that text; false for any other text.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateOnly date)
    {
        date = default;
        if (text.Length != Length || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        if (!TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            var d = digit - (byte)'0';
            if ((uint)d > 9)
            {
                return false;
            }

            value = (value * 10) + d;
        }

        return true;
    }
}
