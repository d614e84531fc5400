using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Api.Collections.ExportColumns;

/// <summary>
/// A download of the records of type <typeparamref name="T"/>: the columns, read by one query that includes the related
/// rows they name (<see cref="ExportColumn{T}.Navigation"/>).
/// </summary>
internal sealed class ExportTable<T>(string name, string title, IEnumerable<ExportColumn<T>> columns) : IExportTable
    where T : class, IRecord
{
    private readonly ExportColumn<T>[] _columns = [.. columns];

    public string Name { get; } = name;

    public string Title { get; } = title;

    public IReadOnlyList<string> ColumnNames => [.. _columns.Select(c => c.Name)];

    public async IAsyncEnumerable<object?[]> ReadRowsAsync(OpenDataDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = new object?[_columns.Length];
        var records = _columns.Select(c => c.Navigation).OfType<string>().Aggregate(db.Set<T>().AsQueryable(), (query, navigation) => query.Include(navigation));
        var query = records.AsNoTracking().OrderBy(x => x.Id).AsAsyncEnumerable();
        await foreach (var record in query.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                row[i] = _columns[i].Value(record);
            }

            yield return row;
        }
    }
}
