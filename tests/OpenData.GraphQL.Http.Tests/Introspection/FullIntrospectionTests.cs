using System.Text.Json;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using OpenData.GraphQL.Http.Introspection;

namespace OpenData.GraphQL.Http.Tests.Introspection;

/// <summary><c>UseFullIntrospection</c> on any schema: the fields graphql-js asks for with every option on.</summary>
public sealed class FullIntrospectionTests
{
    private const string Query = """
        {
          __schema { directives { name isRepeatable args(includeDeprecated: true) { name isDeprecated } } }
          date: __type(name: "Day") { specifiedByURL }
          string: __type(name: "String") { specifiedByURL }
          query: __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } }
        }
        """;

    [Fact]
    public async Task A_scalar_publishes_its_specification_and_deprecated_arguments_are_listed()
    {
        var result = await ExecuteAsync(new DaySchema().UseFullIntrospection());

        Assert.Null(result.Errors);
        var data = JsonDocument.Parse(new GraphQLSerializer().Serialize(result)).RootElement.GetProperty("data");
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339", data.GetProperty("date").GetProperty("specifiedByURL").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("string").GetProperty("specifiedByURL").ValueKind);
        var argument = data.GetProperty("query").GetProperty("fields")[0].GetProperty("args")[0];
        Assert.True(argument.GetProperty("isDeprecated").GetBoolean());
        Assert.Equal("Usa otro.", argument.GetProperty("deprecationReason").GetString());
        Assert.All(data.GetProperty("__schema").GetProperty("directives").EnumerateArray(), d => Assert.False(d.GetProperty("isRepeatable").GetBoolean()));
    }

    [Fact]
    public async Task Without_it_graphql_net_refuses_the_same_query()
    {
        var result = await ExecuteAsync(new DaySchema());

        Assert.NotNull(result.Errors);
        Assert.Contains(result.Errors, e => e.Message.Contains("isRepeatable", StringComparison.Ordinal));
    }

    private static Task<ExecutionResult> ExecuteAsync(ISchema schema) =>
        new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = schema, Query = Query });

    private sealed class DaySchema : Schema
    {
        public DaySchema()
        {
            var day = new DateOnlyGraphType { Name = "Day" }.SpecifiedBy(new Uri("https://www.rfc-editor.org/rfc/rfc3339"));
            var query = new ObjectGraphType { Name = "Query" };
            query.Field("today", day)
                .Argument<StringGraphType>("zone", argument => argument.DeprecationReason = "Usa otro.")
                .Resolve(_ => new DateOnly(2024, 3, 31));
            Query = query;
        }
    }
}
