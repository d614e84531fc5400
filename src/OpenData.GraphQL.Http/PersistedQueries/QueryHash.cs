using System.Security.Cryptography;
using System.Text;

namespace OpenData.GraphQL.Http.PersistedQueries;

/// <summary>The lowercase hex SHA-256 of a document's UTF-8 text, as automatic persisted queries define it.</summary>
internal static class QueryHash
{
    public static string Of(string query) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
}
