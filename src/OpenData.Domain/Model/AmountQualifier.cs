namespace OpenData.Domain.Model;

/// <summary>How exactly a source states an amount; <see cref="NotStated"/> exactly when the amount is null.</summary>
public enum AmountQualifier
{
    Exact,
    AtLeast,
    Approximate,
    NotStated,
}
