using System.Text.Json;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace OpenData.GraphQL.Http.Execution;

/// <summary>
/// GraphQL.NET's serializer, with its options open so that a result can be written to any <see cref="Utf8JsonWriter"/>;
/// results are written by <see cref="ResultJsonConverter"/> (GraphQL.NET's converter, rows included).
/// </summary>
internal sealed class ResultSerializer(Action<JsonSerializerOptions> configureOptions, IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(
        options =>
        {
            configureOptions(options);
            options.Converters.Add(new ResultJsonConverter());
        },
        errorInfoProvider)
{
    public JsonSerializerOptions Options => SerializerOptions;
}
