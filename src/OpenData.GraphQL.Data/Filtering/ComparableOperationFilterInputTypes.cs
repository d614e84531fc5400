using GraphQL.Types;
using OpenData.GraphQL.Data.Scalars;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary><c>ShortOperationFilterInput</c>.</summary>
public sealed class ShortOperationFilterInputType() : ComparableOperationFilterInputType<ShortGraphType>("ShortOperationFilterInput", "enteros cortos");

/// <summary><c>IntOperationFilterInput</c>.</summary>
public sealed class IntOperationFilterInputType() : ComparableOperationFilterInputType<IntGraphType>("IntOperationFilterInput", "enteros");

/// <summary><c>LongOperationFilterInput</c>.</summary>
public sealed class LongOperationFilterInputType() : ComparableOperationFilterInputType<LongGraphType>("LongOperationFilterInput", "enteros largos");

/// <summary><c>FloatOperationFilterInput</c>.</summary>
public sealed class FloatOperationFilterInputType() : ComparableOperationFilterInputType<FloatGraphType>("FloatOperationFilterInput", "de punto flotante");

/// <summary><c>DecimalOperationFilterInput</c>.</summary>
public sealed class DecimalOperationFilterInputType() : ComparableOperationFilterInputType<DecimalGraphType>("DecimalOperationFilterInput", "decimales");

/// <summary><c>DateTimeOperationFilterInput</c>.</summary>
public sealed class DateTimeOperationFilterInputType() : ComparableOperationFilterInputType<DateTimeGraphType>("DateTimeOperationFilterInput", "de fecha y hora");

/// <summary><c>LocalDateOperationFilterInput</c>.</summary>
public sealed class LocalDateOperationFilterInputType() : ComparableOperationFilterInputType<LocalDateGraphType>("LocalDateOperationFilterInput", "de fecha (yyyy-MM-dd)");
