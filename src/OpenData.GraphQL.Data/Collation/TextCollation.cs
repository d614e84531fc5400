using System.Globalization;

namespace OpenData.GraphQL.Data.Collation;

/// <summary>
/// A named, deterministic text collation: strings order as readers of <see cref="Locale"/> expect (culture comparison,
/// ICU on every platform .NET and PostgreSQL share), and only identical strings are equal (ties between different
/// strings broken by ordinal comparison), so equality filters keep their exact meaning. The same name is used for the
/// column collation in the EF model, for the collation registered on each SQLite connection
/// (<see cref="TextCollationDbContextOptionsExtensions.UseTextCollations"/>) and for the ICU collation a PostgreSQL
/// database creates (<c>CREATE COLLATION name (provider = icu, locale = …)</c>, deterministic).
/// </summary>
public sealed class TextCollation
{
    private readonly CompareInfo compareInfo;
    private TextCollationInterceptor? interceptor;

    public TextCollation(string name, string locale)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        Name = name;
        Locale = locale;
        compareInfo = CultureInfo.GetCultureInfo(locale).CompareInfo;
        Comparer = Comparer<string>.Create(Compare);
    }

    /// <summary>The collation's name in the model and in both databases.</summary>
    public string Name { get; }

    /// <summary>The ICU locale (BCP 47), for example <c>es</c>.</summary>
    public string Locale { get; }

    /// <summary>The order as a comparer (for in-memory sorts and test oracles).</summary>
    public IComparer<string> Comparer { get; }

    /// <summary>The interceptor that registers this collation alone on SQLite connections (one per collation, shared by every context).</summary>
    internal TextCollationInterceptor Interceptor => interceptor ??= new TextCollationInterceptor([this]);

    /// <summary>Culture order, then ordinal order so that only identical strings compare equal.</summary>
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var culture = compareInfo.Compare(x, y, CompareOptions.None);
        return culture != 0 ? culture : string.CompareOrdinal(x, y);
    }
}
