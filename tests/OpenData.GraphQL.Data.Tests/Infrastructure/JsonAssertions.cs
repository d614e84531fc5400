using System.Text.Json;

namespace OpenData.GraphQL.Data.Tests.Infrastructure;

public static class JsonAssertions
{
    public static void NoErrors(JsonElement result) =>
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.ToString());

    public static JsonElement Error(JsonElement result, string code)
    {
        Assert.True(result.TryGetProperty("errors", out var errors), "expected errors in " + result);
        return errors.EnumerateArray().Single(e => e.GetProperty("extensions").GetProperty("code").GetString() == code);
    }

    public static List<string> Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
