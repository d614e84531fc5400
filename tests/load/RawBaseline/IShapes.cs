namespace OpenData.Load.Baseline;

/// <summary>The shapes of the load driver's mix, answered by hand on one provider (<see cref="Shapes"/> on SQLite, <see cref="PgShapes"/> on PostgreSQL).</summary>
internal interface IShapes
{
    Task FilteredAsync(string from);

    Task FirstPageAsync();

    Task DeepPageAsync(string after);

    Task RelationAsync(int year);

    Task NodeAsync(string id);

    Task AggregateAsync(int year);

    Task SearchAsync(string text);
}
