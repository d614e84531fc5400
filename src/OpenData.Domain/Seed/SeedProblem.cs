namespace OpenData.Domain.Seed;

/// <summary>
/// One thing wrong with the seed, printed as
/// <c>&lt;seedDir&gt;/&lt;file&gt;.yaml:&lt;line&gt;:&lt;column&gt;: &lt;record id&gt;.&lt;field&gt;: &lt;message&gt;</c>.
/// Problems with a whole file have record <c>(file)</c> and no field.
/// </summary>
public sealed record SeedProblem(string File, int Line, int Column, string Record, string Field, string Message)
{
    public const string FileRecord = "(file)";

    public override string ToString() =>
        Field.Length == 0
            ? $"{File}:{Line}:{Column}: {Record}: {Message}"
            : $"{File}:{Line}:{Column}: {Record}.{Field}: {Message}";
}
