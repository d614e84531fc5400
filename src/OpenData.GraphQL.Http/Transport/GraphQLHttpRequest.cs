using System.Text.Json;

namespace OpenData.GraphQL.Http.Transport;

/// <summary>A well-formed GraphQL-over-HTTP request: its parameters, with <c>variables</c> and <c>extensions</c> still JSON.</summary>
internal sealed record GraphQLHttpRequest(
    string? Query,
    string? OperationName,
    JsonElement? Variables,
    JsonElement? Extensions);
