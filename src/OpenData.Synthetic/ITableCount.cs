namespace OpenData.Synthetic;

/// <summary>A table being written and the rows written to it so far (for the progress lines).</summary>
internal interface ITableCount
{
    string Table { get; }

    int Count { get; }
}
