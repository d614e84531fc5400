using GraphQL;
using Microsoft.AspNetCore.Http;

namespace OpenData.GraphQL.Http;

/// <summary>
/// Lets the host adjust each request's <see cref="ExecutionOptions"/> (listeners, user context) before it
/// is executed. Every registered implementation runs, in registration order, resolved from the request's services.
/// </summary>
public interface IExecutionOptionsConfigurator
{
    ValueTask ConfigureAsync(ExecutionOptions options, HttpContext httpContext);
}
