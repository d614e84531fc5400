namespace OpenData.GraphQL.Data.Plans;

/// <summary>
/// The shape of one compiled query: the collection plan's shape (field and order), the shape of the filter's values
/// (<see cref="ValueShape"/>) and what else changes the statement (the cursors' shapes and direction, or offset paging).
/// </summary>
internal readonly record struct QueryShapeKey(PlanKey Plan, string Where, string Variant);
