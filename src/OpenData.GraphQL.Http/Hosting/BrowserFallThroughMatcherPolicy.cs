using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.Options;
using OpenData.GraphQL.Http.Transport;

namespace OpenData.GraphQL.Http.Hosting;

/// <summary>
/// Leaves a browser navigation (a GET preferring <c>text/html</c>) to another endpoint on the same route,
/// such as the host's HTML explorer, by ruling the GraphQL endpoint out when such an endpoint exists.
/// </summary>
internal sealed class BrowserFallThroughMatcherPolicy(IOptions<GraphQLHttpOptions> options) : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        options.Value.BrowserRequestsFallThrough && endpoints.Any(IsGraphQL);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (!HttpMethods.IsGet(httpContext.Request.Method) || !AcceptNegotiator.PrefersHtml(httpContext.Request))
        {
            return Task.CompletedTask;
        }

        var hasOther = Enumerable.Range(0, candidates.Count)
            .Any(i => candidates.IsValidCandidate(i) && !IsGraphQL(candidates[i].Endpoint));
        if (!hasOther)
        {
            return Task.CompletedTask;
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            if (IsGraphQL(candidates[i].Endpoint))
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsGraphQL(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<GraphQLHttpEndpointMarker>() is not null;
}
