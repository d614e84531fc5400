using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpenData.GraphQL.Data.Errors;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.Relay;
using Folding = OpenData.GraphQL.Data.TextFolding.TextFolding;

namespace OpenData.GraphQL.Data.Filtering;

/// <summary>
/// Turns a <c>where</c> argument (the coerced <c>&lt;T&gt;FilterInput</c> dictionary) into a predicate that EF Core
/// translates to SQL. With an EF model that has folded shadow columns (<c>UseTextFolding</c>), text matching uses
/// them; without a model the predicate also runs in LINQ-to-objects. Reusable outside paging (e.g. aggregates).
/// </summary>
public sealed class FilterTranslator(IModel? model = null)
{
    private readonly ValueSlots? slots;

    // Only the values: the walk, checks and conversions of a translation, with no expression built (see BindValues).
    private readonly bool valuesOnly;

    private static readonly MethodInfo EfProperty = typeof(EF).GetMethod(nameof(EF.Property))!.MakeGenericMethod(typeof(string));
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    // Stands for a folded column in values-only mode, where only its existence matters (it decides the value's folding).
    // Per model and member: its column's value converter (null for none).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<
        IModel, System.Collections.Concurrent.ConcurrentDictionary<EntityMember, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter?>> Converters = [];

    // Per member: its access on an instance of the type it was asked for, for values-only walks.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EntityMember, AccessShapeEntry> AccessShapes = [];

    private static readonly MethodCallExpression FoldedMarker = Expression.Call(EfProperty, Expression.Constant(null), Expression.Constant(""));

    /// <summary>A translator that binds every value to a parameter of <paramref name="slots"/> instead of a closure.</summary>
    internal FilterTranslator(IModel? model, ValueSlots slots)
        : this(model) => this.slots = slots;

    private FilterTranslator(IModel? model, ValueSlots slots, bool valuesOnly)
        : this(model, slots) => this.valuesOnly = valuesOnly;

    /// <summary>
    /// Binds to <paramref name="slots"/> the values a translation of <paramref name="where"/> would bind, in the same
    /// order and with the same checks and errors, without building the predicate: for a request whose query shape is
    /// already compiled, only its values are new.
    /// </summary>
    internal static void BindValues<TEntity>(IModel? model, ValueSlots slots, object? where)
        where TEntity : class =>
        new FilterTranslator(model, slots, valuesOnly: true).Translate(typeof(TEntity), ValuesInstance<TEntity>.Parameter, where);

    // The instance a values-only walk starts from: part of no expression, so one per entity type serves every walk.
    private static class ValuesInstance<TEntity>
    {
        public static readonly ParameterExpression Parameter = Expression.Parameter(typeof(TEntity), "x");
    }

    /// <summary>The predicate for <paramref name="where"/>, or null when it sets no constraint.</summary>
    public Expression<Func<TEntity, bool>>? Translate<TEntity>(object? where)
        where TEntity : class
    {
        var parameter = Expression.Parameter(typeof(TEntity), "x");
        var body = Translate(typeof(TEntity), parameter, where);
        return body is null ? null : Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    /// <summary>The condition of <paramref name="where"/> on <paramref name="instance"/>, or null when unconstrained.</summary>
    public Expression? Translate(Type entityType, Expression instance, object? where) =>
        where is IDictionary<string, object?> filter ? ObjectFilter(entityType, instance, filter) : null;

    private Expression? ObjectFilter(Type entityType, Expression instance, IDictionary<string, object?> filter)
    {
        Expression? result = null;
        foreach (var (field, value) in filter)
        {
            var condition = field switch
            {
                "and" => Combine(Items(value).Select(v => Translate(entityType, instance, v)), Expression.AndAlso),
                "or" => Combine(Items(value).Select(v => Translate(entityType, instance, v)), Expression.OrElse),
                _ => MemberFilter(entityType, instance, field, value),
            };
            if (valuesOnly)
            {
                continue;
            }

            result = And(result, condition);
        }

        return result;
    }

    private Expression? MemberFilter(Type entityType, Expression instance, string field, object? value)
    {
        if (value is null)
        {
            return null;
        }

        var member = EntityMembers.Find(entityType, field)
            ?? throw new InvalidOperationException($"{entityType.Name} has no filterable member '{field}'.");
        // Values only: the access is not part of any expression, only its type (and a nested value's instance) is read.
        var access = valuesOnly ? AccessShape(member, instance.Type) : member.Access(instance);
        var operations = (IDictionary<string, object?>)value;
        return member.Kind switch
        {
            MemberKind.Object when valuesOnly => ObjectFilter(member.ValueType, access, operations),
            MemberKind.Object => And(NotNull(access), ObjectFilter(member.ValueType, access, operations)),
            MemberKind.ObjectList => ListFilter(member, access, operations),
            MemberKind.ScalarList => ScalarListFilter(member, access, operations),
            MemberKind.String => StringFilter(instance, member, access, operations),
            _ => ScalarFilter(member, access, operations),
        };
    }

    /// <summary>The access of <paramref name="member"/> on an instance of <paramref name="instanceType"/>, built once (its type is what counts).</summary>
    private static Expression AccessShape(EntityMember member, Type instanceType)
    {
        if (AccessShapes.TryGetValue(member, out var known) && known.InstanceType == instanceType)
        {
            return known.Access;
        }

        var access = member.Access(Expression.Parameter(instanceType, "x"));
        AccessShapes.AddOrUpdate(member, new AccessShapeEntry(instanceType, access));
        return access;
    }

    private sealed record AccessShapeEntry(Type InstanceType, Expression Access);

    private Expression? ListFilter(EntityMember member, Expression access, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            _ = value ?? throw NullValue(operation, "ListFilterInputTypeOf" + EntityMembers.GraphName(member.ValueType) + "FilterInput",
                operation == "any" ? "Boolean!" : EntityMembers.GraphName(member.ValueType) + "FilterInput!");
            Expression condition;
            if (valuesOnly)
            {
                _ = operation == "any" ? value : Translate(member.ValueType, Expression.Parameter(member.ValueType, "e"), value);
                continue;
            }

            if (operation == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [member.ValueType], access);
                condition = (bool)value! ? any : Expression.Not(any);
            }
            else
            {
                var parameter = Expression.Parameter(member.ValueType, "e");
                var body = Translate(member.ValueType, parameter, value) ?? Expression.Constant(true);
                var predicate = Expression.Lambda(body, parameter);
                condition = operation switch
                {
                    "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [member.ValueType], access, predicate),
                    "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [member.ValueType], access, predicate),
                    _ => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [member.ValueType], access, predicate)),
                };
            }

            result = And(result, condition);
        }

        return result;
    }

    /// <summary>
    /// <c>some</c>/<c>all</c>/<c>none</c> apply the element's operations to each value (EF Core translates them over the
    /// stored list: a JSON array on SQLite, an array on PostgreSQL); <c>any</c> asks for a non-empty list.
    /// </summary>
    private Expression? ScalarListFilter(EntityMember member, Expression access, IDictionary<string, object?> operations)
    {
        var element = member.Element;
        var elementType = ElementClrType(access.Type);
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            _ = value ?? throw NullValue(
                operation, "List" + FilterInputGraphType<object>.OperationTypeName(element),
                operation == "any" ? "Boolean!" : FilterInputGraphType<object>.OperationTypeName(element) + "!");
            Expression condition;
            if (valuesOnly && operation == "any")
            {
                continue;
            }

            if (operation == "any")
            {
                var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access);
                condition = (bool)value! ? any : Expression.Not(any);
            }
            else
            {
                var parameter = Expression.Parameter(elementType, "v");
                var elementOperations = (IDictionary<string, object?>)value!;
                var body = (element.Kind == MemberKind.String
                    ? StringFilter(parameter, element, parameter, elementOperations)
                    : ScalarFilter(element, parameter, elementOperations, listElement: true)) ?? Expression.Constant(true);
                if (valuesOnly)
                {
                    continue;
                }

                var predicate = Expression.Lambda(body, parameter);
                condition = operation switch
                {
                    "all" => Expression.Call(typeof(Enumerable), nameof(Enumerable.All), [elementType], access, predicate),
                    "some" => Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access, predicate),
                    _ => Expression.Not(Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [elementType], access, predicate)),
                };
            }

            result = And(result, condition);
        }

        return result;
    }

    private static Type ElementClrType(Type listType) => EntityMembers.ElementType(listType)
        ?? throw new InvalidOperationException($"{listType.Name} is not a list.");

    private Expression? StringFilter(Expression instance, EntityMember member, Expression access, IDictionary<string, object?> operations)
    {
        Expression? result = null;
        foreach (var (operation, value) in operations)
        {
            var condition = operation switch
            {
                "and" => Combine(Items(value).Select(v => StringFilter(instance, member, access, (IDictionary<string, object?>)v!)), Expression.AndAlso),
                "or" => Combine(Items(value).Select(v => StringFilter(instance, member, access, (IDictionary<string, object?>)v!)), Expression.OrElse),
                "eq" or "neq" when valuesOnly => Value(value, typeof(string)),
                "eq" => Expression.Equal(access, Value(value, typeof(string))),
                "neq" => Expression.NotEqual(access, Value(value, typeof(string))),
                "in" or "nin" => InList(operation, access, typeof(string), RequireValue(operation, value, "StringOperationFilterInput", "[String]")),
                _ => TextMatch(instance, member, access, operation, RequireValue(operation, value, "StringOperationFilterInput", "String!")),
            };
            if (valuesOnly)
            {
                continue;
            }

            result = And(result, condition);
        }

        return result;
    }

    private Expression TextMatch(Expression instance, EntityMember member, Expression access, string operation, object value)
    {
        var folded = FoldedAccess(instance, member);
        var target = folded ?? access;
        var text = Value(folded is null ? (string)value : Folding.Fold((string)value), typeof(string));
        if (valuesOnly)
        {
            return text;
        }

        var (method, negated) = operation switch
        {
            "contains" => (StringContains, false),
            "ncontains" => (StringContains, true),
            "startsWith" => (StringStartsWith, false),
            "nstartsWith" => (StringStartsWith, true),
            "endsWith" => (StringEndsWith, false),
            "nendsWith" => (StringEndsWith, true),
            _ => throw new InvalidOperationException($"Unknown string operation '{operation}'."),
        };
        Expression match = Expression.AndAlso(NotNull(target), Expression.Call(target, method, text));
        return negated ? Expression.Not(match) : match;
    }

    private MethodCallExpression? FoldedAccess(Expression instance, EntityMember member)
    {
        var foldedName = Folding.FoldedPropertyName(member.FlatName);
        if (model?.FindEntityType(instance.Type)?.FindProperty(foldedName) is null)
        {
            return null;
        }

        if (valuesOnly)
        {
            return FoldedMarker;
        }

        return Expression.Call(EfProperty, Expression.Convert(instance, typeof(object)), Expression.Constant(foldedName));
    }

    private Expression? ScalarFilter(EntityMember member, Expression access, IDictionary<string, object?> operations, bool listElement = false)
    {
        // A list's element has no column converter of its own (the list's converts the whole list): its values go as they are.
        object? Store(object? value) => listElement ? value : Storable(member, value);

        Expression? result = null;
        foreach (var (operation, raw) in operations)
        {
            Expression condition;
            if (operation is "in" or "nin")
            {
                var values = raw ?? throw NullValue(operation, ScalarInputName(member), "[" + member.ValueType.Name + "]");
                condition = InList(operation, access, access.Type, ((IEnumerable)values).Cast<object?>().Select(v => Store(Convert(member, v))));
            }
            else
            {
                var value = operation is "eq" or "neq" ? raw : raw ?? throw NullValue(operation, ScalarInputName(member), member.ValueType.Name + "!");
                var constant = Value(Store(Convert(member, value)), access.Type);
                if (valuesOnly)
                {
                    continue;
                }

                // Npgsql cannot translate `array.Any(v => v != x)`; `!(v == x)` means the same for a list's (non-null) values.
                condition = listElement && operation == "neq"
                    ? Expression.Not(Compare("eq", ComparableValue.Of(access), ComparableValue.Of(constant)))
                    : Compare(operation, ComparableValue.Of(access), ComparableValue.Of(constant));
            }

            if (valuesOnly)
            {
                continue;
            }

            result = And(result, condition);
        }

        return result;
    }

    private static Expression Compare(string operation, Expression left, Expression right) => operation switch
    {
        "eq" => Expression.Equal(left, right),
        "neq" => Expression.NotEqual(left, right),
        "gt" => Expression.GreaterThan(left, right),
        "ngt" => Expression.Not(Expression.GreaterThan(left, right)),
        "gte" => Expression.GreaterThanOrEqual(left, right),
        "ngte" => Expression.Not(Expression.GreaterThanOrEqual(left, right)),
        "lt" => Expression.LessThan(left, right),
        "nlt" => Expression.Not(Expression.LessThan(left, right)),
        "lte" => Expression.LessThanOrEqual(left, right),
        "nlte" => Expression.Not(Expression.LessThanOrEqual(left, right)),
        _ => throw new InvalidOperationException($"Unknown filter operation '{operation}'."),
    };

    private Expression Value(object? value, Type type) =>
        slots is null ? ParameterValue.Of(value, type) : valuesOnly ? slots.Add(value, type) : slots.Bind(value, type);

    private Expression InList(string operation, Expression access, Type elementType, object values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        var nullable = !elementType.IsValueType || Nullable.GetUnderlyingType(elementType) is not null;
        foreach (var value in (IEnumerable)values)
        {
            if (value is not null || nullable)
            {
                list.Add(value);
            }
        }

        var bound = Value(list, list.GetType());
        if (valuesOnly)
        {
            return bound;
        }

        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [elementType], bound, access);
        return operation == "in" ? contains : Expression.Not(contains);
    }

    private static object? Convert(EntityMember member, object? value)
    {
        if (value is null)
        {
            return null;
        }

        if (member.Kind == MemberKind.Id)
        {
            return GlobalId.Decode(System.Convert.ToString(value, CultureInfo.InvariantCulture), EntityMembers.GraphName(member.Property.ReflectedType!), member.ValueType);
        }

        if (member.ValueType.IsEnum)
        {
            return value.GetType() == member.ValueType ? value : Enum.ToObject(member.ValueType, value);
        }

        return value switch
        {
            _ when value.GetType() == member.ValueType => value,
            DateTime dateTime when member.ValueType == typeof(DateTimeOffset) => new DateTimeOffset(dateTime),
            DateTimeOffset offset when member.ValueType == typeof(DateTime) => offset.UtcDateTime,
            _ => System.Convert.ChangeType(value, member.ValueType, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// <paramref name="value"/> when the column's value converter (for example money stored as whole centavos) can
    /// store it exactly; otherwise a client error: a value out of the stored range, or finer than it stores.
    /// </summary>
    private object? Storable(EntityMember member, object? value)
    {
        var converter = value is null ? null : ConverterOf(member);
        return converter is null ? value : ValueRange.Check(converter, member, value!);
    }

    /// <summary>The value converter of <paramref name="member"/>'s column in the model (looked up once per model and member).</summary>
    private Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? ConverterOf(EntityMember member)
    {
        if (model is null)
        {
            return null;
        }

        var converters = Converters.GetValue(model, static _ => new(ReferenceEqualityComparer.Instance));
        return converters.GetOrAdd(member, static (member, model) => ValueRange.ConverterOf(model, member), model);
    }

    /// <summary>The operation input type of a scalar member (named only for an error: built when one is thrown).</summary>
    private static string ScalarInputName(EntityMember member) => member.Kind switch
    {
        MemberKind.Id => "IdOperationFilterInput",
        MemberKind.Boolean => "BooleanOperationFilterInput",
        MemberKind.Enum => EntityMembers.GraphName(member.ValueType) + "OperationFilterInput",
        _ => member.ValueType.Name + "OperationFilterInput",
    };

    private static object RequireValue(string operation, object? value, string filterType, string expectedType) =>
        value ?? throw NullValue(operation, filterType, expectedType);

    private static DataError NullValue(string operation, string filterType, string expectedType) =>
        new(
            DataErrorCodes.NullFilterValue,
            $"El valor del filtro `{operation}` de tipo {filterType} no es válido: no admite null.",
            new Dictionary<string, object?> { ["expectedType"] = expectedType, ["filterType"] = filterType });

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable list ? list.Cast<object?>() : [];

    private static BinaryExpression NotNull(Expression value) => Expression.NotEqual(value, Expression.Constant(null, value.Type));

    private static Expression? And(Expression? left, Expression? right) =>
        left is null ? right : right is null ? left : Expression.AndAlso(left, right);

    private static Expression? Combine(IEnumerable<Expression?> parts, Func<Expression, Expression, BinaryExpression> join)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            var condition = part ?? Expression.Constant(true);
            result = result is null ? condition : join(result, condition);
        }

        return result;
    }
}
