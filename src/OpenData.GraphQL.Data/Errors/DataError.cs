using GraphQL;

namespace OpenData.GraphQL.Data.Errors;

/// <summary>A field error with a stable code and extra <c>extensions</c> entries.</summary>
public sealed class DataError : ExecutionError
{
    public DataError(string code, string message, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        if (extensions is null)
        {
            return;
        }

        Extensions ??= new Dictionary<string, object?>();
        foreach (var (key, value) in extensions)
        {
            Extensions[key] = value;
        }
    }
}
