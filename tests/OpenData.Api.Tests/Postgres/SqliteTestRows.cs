using System.Reflection;
using Xunit.Sdk;

namespace OpenData.Api.Tests.Postgres;

/// <summary>The data rows of a SQLite theory (its <c>[InlineData]</c> and <c>[MemberData]</c>), so its PostgreSQL twin runs exactly the same cases.</summary>
internal static class SqliteTestRows
{
    public static IEnumerable<object[]> Of<TTests>(string method)
    {
        var info = typeof(TTests).GetMethod(method) ?? throw new ArgumentException($"{typeof(TTests).Name} has no method {method}", nameof(method));
        return info.GetCustomAttributes<DataAttribute>().SelectMany(data => data.GetData(info));
    }
}
