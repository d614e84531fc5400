namespace OpenData.Api.Errors;

/// <summary>
/// A fault that stops the server from starting, with a one-line message that names its cause (the store is missing,
/// corrupt, unreachable…, the file-descriptor budget is too small). <c>Program</c> prints it and exits non-zero.
/// </summary>
public sealed class StartupFailureException : Exception
{
    public StartupFailureException(string message)
        : base(message)
    {
    }

    public StartupFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StartupFailureException()
    {
    }
}
