using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenData.Domain.Data;

/// <summary>Stores an enum as its UPPER_SNAKE_CASE text, the same text the seed files use.</summary>
public sealed class EnumTextConverter<TEnum>()
    : ValueConverter<TEnum, string>(v => EnumText.Format(v), s => EnumText.Parse<TEnum>(s))
    where TEnum : struct, Enum;
