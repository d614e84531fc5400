using CsvHelper;

namespace OpenData.Api.Tests.Exports;

/// <summary>A CSV download read back with CsvHelper: the header and every row as text cells.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static CsvTable Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        var header = reader.Headers.ToList();
        var rows = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Count, reader.FieldCount);
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return new CsvTable(header, rows);
    }
}
