using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Domain.Data;

/// <summary>
/// Stores money exactly as an integer number of centavos. SQLite has no decimal type: as INTEGER,
/// comparisons, ORDER BY, SUM and MIN/MAX all run in SQL and stay exact. The seed validator allows at
/// most two decimals, so the conversion never rounds.
/// </summary>
public sealed class MoneyCentsConverter()
    : ValueConverter<decimal, long>(v => decimal.ToInt64(v * 100m), v => v / 100m);
