using GraphQL.Types;

namespace OpenData.Api.Collections.Common;

/// <summary>A GraphQL enum over a C# enum whose type and every value carry a Spanish description.</summary>
public abstract class DescribedEnumGraphType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : struct, Enum
{
    protected DescribedEnumGraphType(string description, IReadOnlyDictionary<TEnum, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Name = typeof(TEnum).Name;
        Description = description;
        foreach (var value in Values)
        {
            var key = (TEnum)value.Value!;
            value.Description = values.TryGetValue(key, out var text)
                ? text
                : throw new InvalidOperationException($"{typeof(TEnum).Name}.{key} has no description.");
        }
    }
}
