using System.Net;
using System.Text.Json;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Errors;

/// <summary>The API's own errors (global ids, nodes, releases, downloads) answer in Spanish, or in English when asked, with the same code.</summary>
public sealed class ApiErrorLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("{ node(id: \"nada\") { id } }", "INVALID_ID",
        "'nada' no es un identificador global válido de este esquema (base64 de «Tipo:slug»).",
        "'nada' is not a valid global id of this schema (base64 of «Type:slug»).")]
    [InlineData("{ program(id: \"U291cmNlOng=\") { name } }", "INVALID_ID",
        "El identificador global 'U291cmNlOng=' es de tipo Source, no Program.",
        "The global id 'U291cmNlOng=' is of type Source, not Program.")]
    [InlineData("{ changes(since: \"ayer\") { totalCount } }", "UNKNOWN_RELEASE", null, null)]
    public async Task A_field_error_of_the_api_answers_in_the_asked_language(string query, string code, string? spanish, string? english)
    {
        var (spanishCode, spanishMessage) = await GraphQLErrorAsync(query, null);
        var (englishCode, englishMessage) = await GraphQLErrorAsync(query, "en");

        Assert.Equal(code, spanishCode);
        Assert.Equal(code, englishCode);
        Assert.NotEqual(spanishMessage, englishMessage);
        if (spanish is not null)
        {
            Assert.Equal(spanish, spanishMessage);
            Assert.Equal(english, englishMessage);
        }
    }

    [Fact]
    public async Task A_missing_download_answers_in_the_asked_language()
    {
        var spanish = await ExportErrorAsync(null);
        var english = await ExportErrorAsync("en");

        Assert.StartsWith("No hay descarga «nada.csv».", spanish, StringComparison.Ordinal);
        Assert.StartsWith("There is no download «nada.csv». Ask for /export/<collection>.<format> or /export/", english, StringComparison.Ordinal);
    }

    private async Task<(string? Code, string? Message)> GraphQLErrorAsync(string query, string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        return (error.GetProperty("extensions").GetProperty("code").GetString(), error.GetProperty("message").GetString());
    }

    private async Task<string?> ExportErrorAsync(string? language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/nada.csv");
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        using var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("EXPORT_NOT_FOUND", error.GetProperty("extensions").GetProperty("code").GetString());
        return error.GetProperty("message").GetString();
    }
}
