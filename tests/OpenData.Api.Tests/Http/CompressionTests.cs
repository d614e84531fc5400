using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OpenData.Api.Tests.Infrastructure;

namespace OpenData.Api.Tests.Http;

/// <summary>
/// br and gzip on GraphQL answers, downloads and the explorer's files, with the caching rules intact:
/// <c>Vary: Accept-Encoding</c>, no strong ETag shared by compressed and uncompressed bytes, 304 still answered.
/// </summary>
public sealed class CompressionTests : IClassFixture<ApiFactory>
{
    private const string GraphQLPath = "/graphql?query=%7B%20sources(first%3A%2050)%20%7B%20nodes%20%7B%20id%20title%20url%20%7D%20%7D%20%7D";
    private const string CsvPath = "/export/sources.csv";
    private readonly HttpClient _client;

    public CompressionTests(ApiFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient();
    }

    [Theory]
    [InlineData(GraphQLPath, "br")]
    [InlineData(GraphQLPath, "gzip")]
    [InlineData(CsvPath, "br")]
    [InlineData(CsvPath, "gzip")]
    public async Task Compressed_answer_decodes_to_the_plain_bytes_and_varies_by_accept_encoding(string path, string encoding)
    {
        using var plain = await SendAsync(path, acceptEncoding: null);
        using var compressed = await SendAsync(path, acceptEncoding: encoding);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.True(compressedBytes.Length < plainBytes.Length / 2, $"{compressedBytes.Length} compressed bytes for {plainBytes.Length}");
        Assert.Equal(Encoding.UTF8.GetString(plainBytes), Encoding.UTF8.GetString(Decode(compressedBytes, encoding)));
        // These ETags are weak (the same data, whatever the encoding), so both representations may share one.
        Assert.True(compressed.Headers.ETag!.IsWeak);
        Assert.Equal(plain.Headers.ETag, compressed.Headers.ETag);
    }

    [Theory]
    [InlineData(GraphQLPath)]
    [InlineData(CsvPath)]
    public async Task A_compressed_answer_still_revalidates_with_304(string path)
    {
        using var first = await SendAsync(path, acceptEncoding: "br, gzip");
        using var again = await SendAsync(path, acceptEncoding: "br, gzip", ifNoneMatch: first.Headers.ETag);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Contains("Accept-Encoding", again.Headers.Vary);
    }

    [Fact]
    public async Task A_strong_etag_becomes_weak_on_compressed_bytes_and_still_gets_304()
    {
        using var plain = await SendAsync("/", acceptEncoding: null, html: true);
        using var compressed = await SendAsync("/", acceptEncoding: "br", html: true);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        var plainTag = plain.Headers.ETag!;
        var compressedTag = compressed.Headers.ETag!;

        // The uncompressed file's ETag may be strong; the compressed bytes never claim it.
        Assert.True(compressedTag.IsWeak);
        Assert.Equal(plainTag.Tag, compressedTag.Tag);

        using var revalidated = await SendAsync("/", acceptEncoding: "br", html: true, ifNoneMatch: compressedTag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.True(revalidated.Headers.ETag!.IsWeak);
        Assert.Contains("Accept-Encoding", revalidated.Headers.Vary);
    }

    [Fact]
    public async Task Identity_only_gets_plain_bytes()
    {
        using var response = await SendAsync(GraphQLPath, acceptEncoding: "identity, br;q=0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("{", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? acceptEncoding, bool html = false, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd(html ? "text/html" : "application/graphql-response+json, application/json;q=0.9, */*;q=0.1");
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    private static byte[] Decode(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
