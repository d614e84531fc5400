namespace OpenData.GraphQL.Data.Errors;

/// <summary>
/// Stable <c>extensions.code</c> values of the field errors the query engine raises, in UPPER_SNAKE_CASE like
/// GraphQL.NET's own codes.
/// </summary>
public static class DataErrorCodes
{
    /// <summary>A null value on a filter operation other than <c>eq</c>/<c>neq</c> (HotChocolate's HC0026).</summary>
    public const string NullFilterValue = "NULL_FILTER_VALUE";

    /// <summary><c>first</c>, <c>last</c> or <c>take</c> above the maximum page size (HotChocolate's HC0051).</summary>
    public const string MaxPageSizeExceeded = "MAX_PAGE_SIZE_EXCEEDED";

    /// <summary>A negative <c>first</c>, <c>last</c>, <c>skip</c> or <c>take</c> (HotChocolate's HC0079).</summary>
    public const string NegativePageSize = "NEGATIVE_PAGE_SIZE";

    /// <summary>An <c>after</c>/<c>before</c> cursor that cannot be decoded (HotChocolate's HC0078).</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A well-formed cursor that belongs to another <c>order</c>.</summary>
    public const string CursorOrderMismatch = "CURSOR_ORDER_MISMATCH";

    /// <summary>
    /// A cursor issued when its order's text keys sorted by code point, before they sorted by a collation: the same
    /// order now lists rows differently, so the cursor would give a wrong page.
    /// </summary>
    public const string CursorCollationChanged = "CURSOR_COLLATION_CHANGED";

    /// <summary>A global id that cannot be decoded, names another type or a type the schema does not resolve.</summary>
    public const string InvalidId = "INVALID_ID";

    /// <summary><c>groupedAggregates</c> would return more groups than allowed.</summary>
    public const string TooManyGroups = "TOO_MANY_GROUPS";

    /// <summary>A <c>groupBy</c> list that is empty or has more distinct values than allowed.</summary>
    public const string InvalidGroupBy = "INVALID_GROUP_BY";

    /// <summary>A filter value outside what the column can store (for example money beyond a whole-centavos <c>long</c>).</summary>
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";

    /// <summary>A filter value with more decimals than the column stores (for example a fraction of a centavo).</summary>
    public const string ValueTooPrecise = "VALUE_TOO_PRECISE";
}
