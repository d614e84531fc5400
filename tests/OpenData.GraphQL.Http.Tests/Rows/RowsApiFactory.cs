using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.Execution.Rows;
using OpenData.GraphQL.Http.Tests.TestHost;

namespace OpenData.GraphQL.Http.Tests.Rows;

/// <summary>
/// A host of <see cref="RowsSchema"/> on /graphql; with <see cref="GraphQLNetExecution"/>, GraphQL.NET's own
/// <c>DocumentExecuter</c> and <c>ParallelExecutionStrategy</c> run every query and <c>JsonSerializer</c> with
/// <c>ResultJsonConverter</c> writes every result: the oracle of the rows and of <c>ResultWriter</c>.
/// </summary>
public sealed class RowsApiFactory : SchemaApiFactory<RowsSchema, RowsApiFactory>
{
    public bool GraphQLNetExecution { get; init; }

    public bool CompactRows => !GraphQLNetExecution;

    /// <summary>How many list items the host executed as rows so far.</summary>
    public long RowsExecuted => Services.GetRequiredService<RowExecutionStrategy>().RowsExecuted;

    // The oracle also writes its results as before: through JsonSerializer and ResultJsonConverter.
    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("GraphQL:Http:CompactRows", CompactRows ? "true" : "false"),
        ("GraphQL:Http:WriteResultsDirectly", CompactRows ? "true" : "false"),
    ];

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (GraphQLNetExecution)
        {
            services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        }
    }
}
