namespace OpenData.Domain.Model;

/// <summary>
/// What an amount of money measures, as its source states it. Amounts of different measures are never added
/// together: a budget, a transfer received, money spent and money returned are different things.
/// <see cref="NotStated"/> when the source does not say which.
/// </summary>
public enum MoneyMeasure
{
    /// <summary>A budget assigned to a body for a period (presupuesto asignado).</summary>
    Budget,

    /// <summary>An increase proposed in a draft budget, not yet approved.</summary>
    ProposedIncrease,

    /// <summary>A subsidy or transfer from another body or level of government, granted or received.</summary>
    Transfer,

    /// <summary>An amount an authority announced it would invest, without saying whether it was assigned or spent.</summary>
    Announced,

    /// <summary>Money spent (ejercido).</summary>
    Spent,

    /// <summary>Money that was available and not spent (no ejercido).</summary>
    NotSpent,

    /// <summary>Money returned because it was not spent.</summary>
    Returned,

    /// <summary>The balance of loans outstanding at a date: a stock, not a flow of the year.</summary>
    OutstandingLoans,

    /// <summary>The amount of a prize.</summary>
    Prize,

    /// <summary>The source does not say what the amount measures.</summary>
    NotStated,
}
