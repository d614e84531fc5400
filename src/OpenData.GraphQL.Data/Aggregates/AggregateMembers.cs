using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.GraphQL.Data.Model;

namespace OpenData.GraphQL.Data.Aggregates;

/// <summary>
/// What an entity offers to aggregates, from its filterable members (declaration order): numeric members for
/// <c>sum</c>/<c>avg</c>, numeric and date members for <c>min</c>/<c>max</c> (keys and foreign keys excluded), and the
/// <c>&lt;T&gt;GroupBy</c> values: every scalar and enum member (foreign keys included) plus the year of every date.
/// </summary>
internal sealed class AggregateMembers
{
    private static readonly ConcurrentDictionary<Type, AggregateMembers> Cache = new();

    private AggregateMembers(IReadOnlyList<AggregateMember> numeric, IReadOnlyList<AggregateMember> minMax, IReadOnlyList<GroupByOption> groupBy)
    {
        Numeric = numeric;
        MinMax = minMax;
        GroupBy = groupBy;
    }

    public IReadOnlyList<AggregateMember> Numeric { get; }

    public IReadOnlyList<AggregateMember> MinMax { get; }

    public IReadOnlyList<GroupByOption> GroupBy { get; }

    public static AggregateMembers Of(Type entityType, IModel model) => Cache.GetOrAdd(entityType, type => Discover(type, model));

    public GroupByOption? FindGroupBy(string enumName) => GroupBy.FirstOrDefault(o => o.EnumName == enumName);

    private static AggregateMembers Discover(Type entityType, IModel model)
    {
        var numeric = new List<AggregateMember>();
        var minMax = new List<AggregateMember>();
        var groupBy = new List<GroupByOption>();
        var members = EntityMemberSelection.Filterable(entityType).ToList();
        foreach (var member in members)
        {
            if (member.Kind is MemberKind.Id or MemberKind.Object or MemberKind.ObjectList or MemberKind.ScalarList)
            {
                continue;
            }

            var aggregate = new AggregateMember(member, member.FieldName, member.ValueType, member.IsNullable);
            groupBy.Add(new GroupByOption(EnumName(member.FieldName), member.FieldName, aggregate, IsYear: false));
            if (member.Kind != MemberKind.Comparable || member.MappedProperty(model, entityType)?.IsForeignKey() == true)
            {
                continue;
            }

            if (aggregate.IsNumeric)
            {
                numeric.Add(aggregate);
                minMax.Add(aggregate);
            }
            else if (AggregateTypes.IsDate(member.ValueType))
            {
                minMax.Add(aggregate);
                var yearField = member.FieldName + "Year";
                if (members.All(m => m.FieldName != yearField))
                {
                    groupBy.Add(new GroupByOption(EnumName(yearField), yearField, aggregate, IsYear: true));
                }
            }
        }

        return new AggregateMembers(numeric, minMax, groupBy);
    }

    /// <summary><c>fiscalYear</c> → <c>FISCAL_YEAR</c>.</summary>
    private static string EnumName(string fieldName)
    {
        var name = new StringBuilder();
        foreach (var c in fieldName)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('_');
            }

            name.Append(char.ToUpperInvariant(c));
        }

        return name.ToString();
    }
}
