using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenData.Api.Tests.Infrastructure;
using OpenData.GraphQL.Http.Errors;

namespace OpenData.Api.Tests.Errors;

/// <summary>
/// Every error code the API can answer (read from the code classes, see <see cref="ErrorCodes"/>) has a Spanish and an English text; the page-size error answers in one language at a time.
/// </summary>
public sealed class ErrorMessageLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Codes() => [.. ErrorCodes.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_both_languages(string code)
    {
        _ = factory.CreateClient();
        var catalog = factory.Services.GetRequiredService<ErrorMessageCatalog>();

        Assert.True(catalog.HasBothLanguages(code), code);
    }

    [Fact]
    public async Task The_page_size_error_answers_in_one_language_at_a_time()
    {
        var client = factory.CreateClient();

        var spanish = await MessageAsync(client, null);
        var english = await MessageAsync(client, "en");

        Assert.Equal("Se superó el máximo de elementos por página.", spanish);
        Assert.Equal("The maximum allowed items per page were exceeded.", english);
    }

    [Fact]
    public async Task A_response_with_politicas_carries_the_utf8_bytes()
    {
        var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ institution { name mission vision objectives { text } } }" });
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.True(bytes.AsSpan().IndexOf("políticas"u8) >= 0, System.Text.Encoding.UTF8.GetString(bytes));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("\\u00"u8));
    }

    private static async Task<string> MessageAsync(HttpClient client, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ municipalities(first: 1000) { nodes { name } } }" }) };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await client.SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("MAX_PAGE_SIZE_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        return error.GetProperty("message").GetString()!;
    }
}
