using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.Batching;

/// <summary>The single-column primary key of an entity, as EF Core maps it.</summary>
internal sealed record EntityKey(PropertyInfo Property)
{
    public static EntityKey Of(IModel model, Type entityType)
    {
        var key = model.FindEntityType(entityType)?.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{entityType.Name} is not an entity with a primary key in the EF model.");
        if (key.Properties is not [{ PropertyInfo: { } property }])
        {
            throw new NotSupportedException($"Batching needs a single-property key; {entityType.Name} has {key.Properties.Count}.");
        }

        return new EntityKey(property);
    }

    public Type Type => Property.PropertyType;

    public object? ValueOf(object entity) => Property.GetValue(entity);

    public object Convert(object key) =>
        key.GetType() == Type ? key
        : Type == typeof(Guid) ? Guid.Parse(System.Convert.ToString(key, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture)
        : System.Convert.ChangeType(key, Type, CultureInfo.InvariantCulture);

    private static readonly MethodInfo EfParameter = typeof(EF).GetMethod(nameof(EF.Parameter))!;

    /// <summary><c>p =&gt; keys.Contains(p.Key)</c> with the keys as one SQL parameter (<c>p.Key == key</c> for one key).</summary>
    public LambdaExpression ContainedIn(Type entityType, IReadOnlyList<object> keys)
    {
        var parameter = Expression.Parameter(entityType, "p");
        var member = Expression.Property(parameter, Property);
        if (keys.Count == 1)
        {
            // One key (a node, a by-id field): a plain comparison, which SQLite answers from the key's index alone.
            return Expression.Lambda(Expression.Equal(member, Model.ParameterValue.Of(Convert(keys[0]), Type)), parameter);
        }

        // EF.Parameter keeps the list one parameter (a JSON array on SQLite, an array on PostgreSQL): the statement's
        // text is then the same for any number of keys, and EF Core reuses it instead of writing one per list length.
        var list = List(keys);
        var keyList = Expression.Call(EfParameter.MakeGenericMethod(list.GetType()), Model.ParameterValue.Of(list, list.GetType()));
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [Type], keyList, member);
        return Expression.Lambda(contains, parameter);
    }

    /// <summary>
    /// <see cref="ContainedIn"/> of a compiled shape (<see cref="KeyShape{TRow}"/>): for one key or for several, the keys
    /// as the shape's parameter, translated as <see cref="ContainedIn"/>'s are; <see cref="Bound"/> gives its value.
    /// </summary>
    public LambdaExpression ContainedInKeys(Type entityType, bool one)
    {
        var parameter = Expression.Parameter(entityType, "p");
        var member = Expression.Property(parameter, Property);
        if (one)
        {
            return Expression.Lambda(Expression.Equal(member, KeyShape<object>.Keys(Type, null)), parameter);
        }

        var keys = KeyShape<object>.Keys(typeof(List<>).MakeGenericType(Type), ParameterTranslationMode.Parameter);
        return Expression.Lambda(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [Type], keys, member), parameter);
    }

    /// <summary>The value of <see cref="ContainedInKeys"/>'s parameter for <paramref name="keys"/>.</summary>
    public object Bound(IReadOnlyList<object> keys) => keys.Count == 1 ? Convert(keys[0]) : List(keys);

    /// <summary>The keys converted to this key's type, in a list of that type.</summary>
    public System.Collections.IList List(IEnumerable<object> keys, Type? elementType = null)
    {
        var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType ?? Type))!;
        foreach (var key in keys)
        {
            list.Add(Convert(key));
        }

        return list;
    }
}
