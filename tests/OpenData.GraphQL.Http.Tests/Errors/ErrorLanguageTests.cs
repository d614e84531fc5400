using System.Net;
using System.Reflection;
using OpenData.GraphQL.Http.Errors;
using OpenData.GraphQL.Http.Tests.TestHost;
using static OpenData.GraphQL.Http.Tests.TestHost.GraphQLRequests;

namespace OpenData.GraphQL.Http.Tests.Errors;

/// <summary>Errors answer in Spanish, in English with <c>Accept-Language: en</c>; the code is the same in both.</summary>
public sealed class ErrorLanguageTests(TestApiFactory factory) : IClassFixture<TestApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> EndpointCodes() =>
        [.. new[] { typeof(GraphQLHttpErrorCodes), typeof(GraphQLValidationErrorCodes) }
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(EndpointCodes))]
    public void Every_endpoint_code_has_both_languages(string code) =>
        Assert.True(new ErrorMessageCatalog().AddEndpointMessages().HasBothLanguages(code), code);

    [Theory]
    [InlineData(null, "es")]
    [InlineData("es-MX", "es")]
    [InlineData("en", "en")]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("es;q=0.9, en;q=0.8", "es")]
    [InlineData("fr, en;q=0.5", "es")]
    [InlineData("de;q=0.1, en-GB", "en")]
    public void Language_follows_accept_language_with_spanish_first(string? header, string expected)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.AcceptLanguage = header;
        }

        Assert.Equal(expected, ErrorLanguage.Of(context.Request));
    }

    [Fact]
    public async Task A_syntax_error_answers_in_spanish_and_in_english_on_request()
    {
        var spanish = await FirstErrorAsync(Post(new { query = "{ hello" }), null);
        var english = await FirstErrorAsync(Post(new { query = "{ hello" }), "en");

        Assert.Equal("SYNTAX_ERROR", spanish.Code);
        Assert.Equal(spanish.Code, english.Code);
        Assert.StartsWith("Error de sintaxis en la consulta: ", spanish.Message, StringComparison.Ordinal);
        Assert.StartsWith("Error parsing query: ", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_field_answers_in_spanish_with_its_parameters()
    {
        var spanish = await FirstErrorAsync(Post(new { query = "{ nope }" }), null);
        var english = await FirstErrorAsync(Post(new { query = "{ nope }" }), "en-US");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", spanish.Code);
        Assert.Equal("No se puede consultar el campo 'nope' en el tipo 'Query'.", spanish.Message);
        Assert.StartsWith("Cannot query field 'nope' on type 'Query'.", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_persisted_query_hash_answers_in_spanish_and_in_english_on_request()
    {
        object Body() => new { query = "{ hello }", extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('0', 64) } } };

        var spanish = await FirstErrorAsync(Post(Body()), null);
        var english = await FirstErrorAsync(Post(Body()), "en");

        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", spanish.Code);
        Assert.Equal("extensions.persistedQuery.sha256Hash no es el hash SHA-256 de la consulta.", spanish.Message);
        Assert.Equal("extensions.persistedQuery.sha256Hash is not the SHA-256 hash of the query.", english.Message);
    }

    [Fact]
    public async Task A_refused_method_answers_in_spanish()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var body = await response.JsonBodyAsync();
        Assert.Equal("El método PUT no está permitido; use GET, POST.", body["errors"]?[0]?["message"]?.GetValue<string>());
    }

    [Fact]
    public async Task Too_many_requests_answer_in_spanish_and_in_english_on_request()
    {
        using var limited = new TestApiFactory().With("RateLimitingEnabled", "true").With("RateLimitPermits", "1").With("RateLimitWindow", "00:00:30");
        var client = limited.CreateClient();
        await client.SendAsync(Post(new { query = "{ hello }" }));

        var spanish = await ErrorOf(await client.SendAsync(WithLanguage(Post(new { query = "{ hello }" }), null)));
        var english = await ErrorOf(await client.SendAsync(WithLanguage(Post(new { query = "{ hello }" }), "en")));

        Assert.Equal("RATE_LIMITED", spanish.Code);
        Assert.Equal("RATE_LIMITED", english.Code);
        Assert.Matches(@"^Demasiadas solicitudes desde esta dirección; vuelva a intentarlo en \d+ s\.$", spanish.Message);
        Assert.Matches(@"^Too many requests from this address; retry in \d+ s\.$", english.Message);
    }

    private async Task<(string Code, string Message)> FirstErrorAsync(HttpRequestMessage request, string? language) =>
        await ErrorOf(await _client.SendAsync(WithLanguage(request, language)));

    private static HttpRequestMessage WithLanguage(HttpRequestMessage request, string? language)
    {
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return request;
    }

    private static async Task<(string Code, string Message)> ErrorOf(HttpResponseMessage response)
    {
        var body = await response.JsonBodyAsync();
        var error = body["errors"]![0]!;
        return (error["extensions"]!["code"]!.GetValue<string>(), error["message"]!.GetValue<string>());
    }
}
