namespace OpenData.Domain.Model;

/// <summary>How many records one collection of the dataset holds (table <c>DatasetCounts</c>, one row per collection).</summary>
public sealed class DatasetCount
{
    /// <summary>The collection's name, as the seed files name it (<c>programs</c>).</summary>
    public string Collection { get; set; } = "";

    /// <summary>The <see cref="DatasetInfo"/> row the count belongs to.</summary>
    public string DatasetInfoId { get; set; } = DatasetInfo.SingletonId;

    public int Count { get; set; }
}
