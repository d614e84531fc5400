namespace OpenData.GraphQL.Data.Errors;

/// <summary>Stable <c>extensions.code</c> values of the field errors the query engine raises.</summary>
public static class DataErrorCodes
{
    /// <summary>A null value on a filter operation other than <c>eq</c>/<c>neq</c> (HotChocolate HC0026).</summary>
    public const string NullFilterValue = "HC0026";

    /// <summary><c>first</c>, <c>last</c> or <c>take</c> above the maximum page size (HotChocolate HC0051).</summary>
    public const string MaxPageSizeExceeded = "HC0051";

    /// <summary>A negative <c>first</c>, <c>last</c>, <c>skip</c> or <c>take</c> (HotChocolate HC0079).</summary>
    public const string NegativePageSize = "HC0079";

    /// <summary>An <c>after</c>/<c>before</c> cursor that cannot be decoded (HotChocolate HC0078).</summary>
    public const string InvalidCursor = "HC0078";

    /// <summary>A well-formed cursor that belongs to another <c>order</c>.</summary>
    public const string CursorOrderMismatch = "CURSOR_ORDER_MISMATCH";

    /// <summary>
    /// A cursor issued when its order's text keys sorted by code point, before they sorted by a collation: the same
    /// order now lists rows differently, so the cursor would give a wrong page.
    /// </summary>
    public const string CursorCollationChanged = "CURSOR_COLLATION_CHANGED";

    /// <summary>A global id that cannot be decoded or names another type.</summary>
    public const string InvalidGlobalId = "INVALID_GLOBAL_ID";

    /// <summary><c>groupedAggregates</c> would return more groups than allowed.</summary>
    public const string TooManyGroups = "TOO_MANY_GROUPS";

    /// <summary>A <c>groupBy</c> list that is empty or has more distinct values than allowed.</summary>
    public const string InvalidGroupBy = "INVALID_GROUP_BY";

    /// <summary>A filter value outside what the column can store (for example money beyond a whole-centavos <c>long</c>).</summary>
    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";

    /// <summary>A filter value with more decimals than the column stores (for example a fraction of a centavo).</summary>
    public const string ValueTooPrecise = "VALUE_TOO_PRECISE";
}
