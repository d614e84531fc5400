using System.Text.RegularExpressions;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Errors;

/// <summary>README's table of error codes names every code constant once, and nothing else.</summary>
public sealed partial class ErrorCodeReadmeTests
{
    [Fact]
    public void Every_code_constant_is_in_the_readme_table_and_the_table_names_no_other_code() =>
        ReadmeTable.AssertNames("### Códigos de error", [.. ErrorCodes.All], StringComparer.Ordinal);

    [Fact]
    public void Every_code_is_upper_snake_case() =>
        Assert.All(ErrorCodes.All, code => Assert.Matches(UpperSnakeCase(), code));

    [GeneratedRegex("^[A-Z]+(_[A-Z]+)*$")]
    private static partial Regex UpperSnakeCase();
}
