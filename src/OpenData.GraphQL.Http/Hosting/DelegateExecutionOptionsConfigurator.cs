using GraphQL;
using Microsoft.AspNetCore.Http;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>An <see cref="IExecutionOptionsConfigurator"/> made from a delegate.</summary>
internal sealed class DelegateExecutionOptionsConfigurator(Action<ExecutionOptions, HttpContext> configure) : IExecutionOptionsConfigurator
{
    public ValueTask ConfigureAsync(ExecutionOptions options, HttpContext httpContext)
    {
        configure(options, httpContext);
        return ValueTask.CompletedTask;
    }
}
