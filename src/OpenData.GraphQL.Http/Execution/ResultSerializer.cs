using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>GraphQL.NET's serializer, with its options open so that a result can be written to any <see cref="Utf8JsonWriter"/>.</summary>
internal sealed class ResultSerializer(Action<JsonSerializerOptions> configureOptions, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(configureOptions, errorInfoProvider)
{
    public JsonSerializerOptions Options => SerializerOptions;
}
