using GraphQL.Execution;

namespace OpenData.GraphQL.Http.Errors;

/// <summary>
/// GraphQL.NET derives <c>extensions.code</c>/<c>codes</c> from .NET exception types (<c>OVERFLOW</c>, <c>FORMAT</c>,
/// <c>INVALID_OPERATION</c>…); for the client they are renamed after the fault they report.
/// </summary>
internal static class FaultCodes
{
    private static readonly Dictionary<string, string> ByExceptionCode = new(StringComparer.Ordinal)
    {
        ["OVERFLOW"] = GraphQLHttpErrorCodes.ValueOutOfRange,
        ["ARGUMENT_OUT_OF_RANGE"] = GraphQLHttpErrorCodes.ValueOutOfRange,
        ["FORMAT"] = GraphQLHttpErrorCodes.InvalidFormat,
        ["INVALID_OPERATION"] = GraphQLHttpErrorCodes.InvalidValue,
        ["ARGUMENT"] = GraphQLHttpErrorCodes.InvalidValue,
        ["ARGUMENT_NULL"] = GraphQLHttpErrorCodes.InvalidValue,
        ["INVALID_CAST"] = GraphQLHttpErrorCodes.InvalidValue,
        ["NOT_SUPPORTED"] = GraphQLHttpErrorCodes.InvalidValue,
        ["JSON"] = GraphQLHttpErrorCodes.InvalidValue,
    };

    public static ErrorInfo Rename(ErrorInfo info)
    {
        if (info.Extensions is not { } extensions)
        {
            return info;
        }

        if (extensions.TryGetValue("code", out var code) && code is string text)
        {
            extensions["code"] = Rename(text);
        }

        if (extensions.TryGetValue("codes", out var codes) && codes is IEnumerable<string> list)
        {
            extensions["codes"] = list.Select(Rename).Distinct(StringComparer.Ordinal).ToList();
        }

        return info;
    }

    private static string Rename(string code) => ByExceptionCode.GetValueOrDefault(code, code);
}
