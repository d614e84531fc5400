using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphQL.Execution;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace OpenData.GraphQL.Http.Caching;

/// <summary>
/// The hash of a document as GraphQL.NET parsed it, printed back by GraphQL-Parser's printer: whitespace,
/// commas, comments and line breaks do not change it, while every name, alias, argument and literal does.
/// </summary>
internal static class NormalizedDocument
{
    /// <summary>Parses <paramref name="query"/> as the executer would; null when it does not parse (the executer reports why).</summary>
    public static GraphQLDocument? TryParse(IDocumentBuilder builder, string query)
    {
        try
        {
            return builder.Build(query);
        }
        catch (Exception exception) when (exception is SyntaxError or GraphQLParserException)
        {
            return null;
        }
    }

    private static readonly ConditionalWeakTable<GraphQLDocument, string> Hashes = [];

    /// <summary>The hash of <paramref name="document"/>, computed once per document object (cached documents are reused).</summary>
    public static string Hash(GraphQLDocument document) => Hashes.GetValue(document, Compute);

    private static string Compute(GraphQLDocument document)
    {
        var printed = new StringBuilder();
        new SDLPrinter(new SDLPrinterOptions { PrintComments = false }).Print(document, printed);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(printed.ToString())));
    }
}
