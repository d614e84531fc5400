namespace OpenData.Domain.Model;

/// <summary>How precise a <see cref="PartialDate"/> is: exactly as precise as its source.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
