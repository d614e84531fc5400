using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;
using OpenData.GraphQL.Http.Tests.TestHost;

namespace OpenData.GraphQL.Http.Tests.KnownDocuments;

/// <summary>
/// A host of <see cref="ValuesSchema"/> on /graphql; with <see cref="GraphQLNetValidator"/>, every document (cached or
/// not) is validated by GraphQL.NET's own <see cref="DocumentValidator"/>: the oracle of the endpoint's validator.
/// </summary>
public sealed class ValuesApiFactory : SchemaApiFactory<ValuesSchema, ValuesApiFactory>
{
    public bool GraphQLNetValidator { get; init; }

    protected override void ConfigureServices(IServiceCollection services)
    {
        if (GraphQLNetValidator)
        {
            services.AddSingleton<IDocumentValidator, DocumentValidator>();
        }
    }
}
