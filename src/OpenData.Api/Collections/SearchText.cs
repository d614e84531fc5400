namespace OpenData.Api.Collections;

/// <summary>The text a record is found by: its title (weighted more in the ranking) and the parts of its body.</summary>
internal sealed record SearchText(string Title, params IReadOnlyList<string?> Body)
{
    /// <summary><c>Name (ACR)</c>, or the name alone without an acronym.</summary>
    public static string WithAcronym(string name, string? acronym) =>
        string.IsNullOrWhiteSpace(acronym) ? name : $"{name} ({acronym})";
}
