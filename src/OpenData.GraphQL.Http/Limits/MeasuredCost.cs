namespace OpenData.GraphQL.Http.Limits;

/// <summary>The figures of one measurement: the total impact (complexity) and the greatest depth.</summary>
internal readonly record struct MeasuredCost(double Complexity, int Depth);
