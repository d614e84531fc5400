using System.Reflection;
using OpenData.Api.Errors;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Http;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Tests.Errors;

/// <summary>Every error code the API can answer, read from the code classes (the endpoint's, GraphQL.NET's, the engine's, the API's).</summary>
internal static class ErrorCodes
{
    public static IReadOnlyList<Type> Classes { get; } =
        [typeof(GraphQLHttpErrorCodes), typeof(GraphQLValidationErrorCodes), typeof(DataErrorCodes), typeof(ApiErrorCodes)];

    public static IReadOnlyList<string> All { get; } =
    [
        .. Classes
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetValue(null)!)
            .Distinct(),
    ];
}
