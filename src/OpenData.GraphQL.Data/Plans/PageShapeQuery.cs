namespace OpenData.GraphQL.Data.Plans;

/// <summary>A cursor page's compiled query and where its cursor parameters take their values.</summary>
internal sealed record PageShapeQuery<TResult>(ShapeQuery<TResult> Query, CursorSlots Cursors);
