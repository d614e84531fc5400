namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// Where each cursor parameter of a compiled page query takes its value: a position in the request's decoded
/// <c>after</c> values followed by its <c>before</c> values, or a constant of the shape (a boolean key's value, which
/// is part of the cursor's shape). Recorded once, when the shape's keyset conditions are built over
/// <see cref="Mark">marked</see> cursors, so that a later request of the same shape binds its cursors' values without
/// building those conditions again.
/// </summary>
internal sealed class CursorSlots
{
    private readonly (int Position, object? Constant)[] _sources;

    private CursorSlots((int Position, object? Constant)[] sources) => _sources = sources;

    /// <summary>
    /// <paramref name="cursor"/> with every value that becomes a parameter (neither null nor a boolean) replaced by a
    /// marker of its position (counted from <paramref name="offset"/>); null for no cursor.
    /// </summary>
    public static object?[]? Mark(object?[]? cursor, int offset)
    {
        if (cursor is null)
        {
            return null;
        }

        var marked = new object?[cursor.Length];
        for (var i = 0; i < cursor.Length; i++)
        {
            marked[i] = cursor[i] is null or bool ? cursor[i] : new Marker(offset + i);
        }

        return marked;
    }

    /// <summary>The sources of the values the keyset conditions bound over marked cursors, in parameter order.</summary>
    public static CursorSlots Record(IReadOnlyList<object?> bound)
    {
        var sources = new (int, object?)[bound.Count];
        for (var i = 0; i < bound.Count; i++)
        {
            sources[i] = bound[i] is Marker marker ? (marker.Position, null) : (-1, bound[i]);
        }

        return new CursorSlots(sources);
    }

    /// <summary>
    /// The values of a page statement: <paramref name="filter"/>'s, then this request's cursor values in parameter order,
    /// then <paramref name="take"/>.
    /// </summary>
    public object?[] Bind(IReadOnlyList<object?> filter, object?[]? after, object?[]? before, int take)
    {
        var values = new object?[filter.Count + _sources.Length + 1];
        for (var i = 0; i < filter.Count; i++)
        {
            values[i] = filter[i];
        }

        var split = after?.Length ?? 0;
        for (var i = 0; i < _sources.Length; i++)
        {
            var (position, constant) = _sources[i];
            values[filter.Count + i] = position < 0 ? constant : position < split ? after![position] : before![position - split];
        }

        values[^1] = take;
        return values;
    }

    private sealed record Marker(int Position);
}
