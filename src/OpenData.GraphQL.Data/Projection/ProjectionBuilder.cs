using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.Projection;

/// <summary>
/// Builds <c>x =&gt; new T { Key = x.Key, Title = x.Title, Author = x.Author == null ? null : new Author { … } }</c>
/// from a selection set, so the SQL reads only the selected columns plus keys. Fields mapped by expression
/// (<c>Field(x =&gt; x.Title)</c>) map to their member; fields with <see cref="ProjectionMetadata.RequiresKey"/> add
/// those members; a field over a member of a flat value (metadata <c>SignedOn.Start</c>) reads the whole value
/// (<c>SignedOn = x.SignedOn</c>); any other selected field makes the entity read all its columns (never less than needed).
/// </summary>
public sealed class ProjectionBuilder(IModel model)
{
    /// <summary>The projection lambda for <paramref name="entityType"/>, or the identity when it cannot project.</summary>
    public LambdaExpression Build(Type entityType, IGraphType? graphType, SelectionTree selection, IReadOnlyCollection<string>? alwaysRead = null)
    {
        var parameter = Expression.Parameter(entityType, "x");
        return Expression.Lambda(Project(parameter, entityType, graphType, selection, depth: 0, alwaysRead), parameter);
    }

    private Expression Project(
        Expression source, Type clrType, IGraphType? graphType, SelectionTree selection, int depth, IReadOnlyCollection<string>? alwaysRead = null)
    {
        var entityType = model.FindEntityType(clrType);
        if (Unwrap(graphType) is not IComplexGraphType complex || entityType is null
            || clrType.GetConstructor(Type.EmptyTypes) is null || depth > 8)
        {
            return source;
        }

        var bindings = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var key in entityType.FindPrimaryKey()?.Properties ?? [])
        {
            bindings[key.Name] = Expression.Property(source, key.Name);
        }

        var readAll = false;
        foreach (var name in alwaysRead ?? [])
        {
            readAll |= !BindScalar(bindings, source, entityType, name);
        }

        foreach (var (fieldName, child) in selection.Fields)
        {
            if (fieldName.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            var field = complex.GetField(fieldName);
            if (field is null)
            {
                readAll = true;
                continue;
            }

            if (field.GetMetadata<string[]>(ProjectionMetadata.RequiresKey) is { } required)
            {
                foreach (var name in required)
                {
                    readAll |= !BindScalar(bindings, source, entityType, name);
                }

                continue;
            }

            if (field.GetMetadata<string>(ProjectionMetadata.ExpressionMember) is not { } memberName)
            {
                readAll = true;
                continue;
            }

            // A member of a flat value (SignedOn.Start) reads the whole value (SignedOn): EF Core builds it from its columns.
            var dot = memberName.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                readAll |= !BindScalar(bindings, source, entityType, memberName[..dot]);
                continue;
            }

            if (BindScalar(bindings, source, entityType, memberName))
            {
                continue;
            }

            var navigation = (INavigationBase?)entityType.FindNavigation(memberName) ?? entityType.FindSkipNavigation(memberName);
            if (navigation is not null)
            {
                if (!BindNavigation(bindings, source, navigation, field.ResolvedType, child, depth))
                {
                    return source;
                }

                continue;
            }

            readAll = true;
        }

        if (readAll)
        {
            foreach (var property in entityType.GetProperties())
            {
                if (property.PropertyInfo is { SetMethod: not null })
                {
                    BindScalar(bindings, source, entityType, property.Name);
                }
            }

            foreach (var value in entityType.GetComplexProperties())
            {
                if (value.PropertyInfo is { SetMethod: not null })
                {
                    BindScalar(bindings, source, entityType, value.Name);
                }
            }
        }

        var memberBindings = new List<MemberBinding>();
        foreach (var (name, value) in bindings)
        {
            if (clrType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance) is not { SetMethod: not null } property)
            {
                return source;
            }

            memberBindings.Add(Expression.Bind(property, value));
        }

        return Expression.MemberInit(Expression.New(clrType), memberBindings);
    }

    /// <summary>
    /// <c>x =&gt; new T { every mapped member }</c>: the entity as a no-tracking query of it materializes it (its scalar
    /// and complex members; no navigation, as no Include loads one), without reading its shadow columns (such as the
    /// folded copies filters use). Null when the entity cannot be rebuilt that way: no public parameterless constructor,
    /// a mapped member without a public setter, an owned navigation (which an entity query would include) or derived types.
    /// </summary>
    internal LambdaExpression? AllColumns(Type clrType)
    {
        var entityType = model.FindEntityType(clrType);
        if (entityType is null || clrType.GetConstructor(Type.EmptyTypes) is null || entityType.GetDerivedTypes().Any()
            || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
            || entityType.GetProperties().Any(p => !p.IsShadowProperty() && p.PropertyInfo is not { SetMethod.IsPublic: true })
            || entityType.GetComplexProperties().Any(p => p.PropertyInfo is not { SetMethod.IsPublic: true }))
        {
            return null;
        }

        var parameter = Expression.Parameter(clrType, "x");
        var bindings = new Dictionary<string, Expression>(StringComparer.Ordinal);
        foreach (var property in entityType.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            BindScalar(bindings, parameter, entityType, property.Name);
        }

        foreach (var value in entityType.GetComplexProperties())
        {
            BindScalar(bindings, parameter, entityType, value.Name);
        }

        var members = bindings.Select(b => (MemberBinding)Expression.Bind(clrType.GetProperty(b.Key, BindingFlags.Public | BindingFlags.Instance)!, b.Value));
        return Expression.Lambda(Expression.MemberInit(Expression.New(clrType), members), parameter);
    }

    /// <summary>Binds a mapped scalar property, or a complex property (a value read whole from its columns).</summary>
    private static bool BindScalar(Dictionary<string, Expression> bindings, Expression source, IEntityType entityType, string name)
    {
        if (entityType.FindProperty(name) is { PropertyInfo: { } property })
        {
            bindings[name] = Expression.Property(source, property);
            return true;
        }

        if (entityType.FindComplexProperty(name) is { PropertyInfo: not null } value)
        {
            bindings[name] = ReadValue(source, value);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A complex value rebuilt from its members (<c>x.V == null ? null : new V { A = x.V.A, … }</c>): EF Core reads
    /// just its columns, where <c>V = x.V</c> inside the page row's constructor would make it read the whole entity.
    /// A value it cannot rebuild that way (no settable members, nested values) is read as it is.
    /// </summary>
    private static Expression ReadValue(Expression source, IComplexProperty value)
    {
        var access = Expression.Property(source, value.PropertyInfo!);
        var valueType = value.ComplexType.ClrType;
        var members = value.ComplexType.GetProperties().Select(p => p.PropertyInfo).ToList();
        if (value.IsCollection || value.ComplexType.GetComplexProperties().Any() || members.Any(m => m is not { SetMethod: not null })
            || (!valueType.IsValueType && valueType.GetConstructor(Type.EmptyTypes) is null))
        {
            return access;
        }

        var isStruct = Nullable.GetUnderlyingType(access.Type) is not null;
        var present = isStruct ? Expression.Property(access, nameof(Nullable<int>.Value)) : (Expression)access;
        var rebuilt = Expression.MemberInit(Expression.New(valueType), members.Select(m => Expression.Bind(m!, Expression.Property(present, m!))));
        if (!value.IsNullable)
        {
            return rebuilt;
        }

        var missing = isStruct
            ? Expression.Not(Expression.Property(access, nameof(Nullable<int>.HasValue)))
            : (Expression)Expression.Equal(access, Expression.Constant(null, access.Type));
        return Expression.Condition(missing, Expression.Constant(null, access.Type), Expression.Convert(rebuilt, access.Type));
    }

    private bool BindNavigation(
        Dictionary<string, Expression> bindings, Expression source, INavigationBase navigation, IGraphType? fieldType,
        SelectionTree selection, int depth)
    {
        if (navigation.PropertyInfo is not { } property)
        {
            return false;
        }

        var target = navigation.TargetEntityType.ClrType;
        var access = Expression.Property(source, property);
        if (!navigation.IsCollection)
        {
            var projected = Project(access, target, fieldType, selection, depth + 1);
            bindings[property.Name] = Expression.Condition(
                Expression.Equal(access, Expression.Constant(null, access.Type)),
                Expression.Constant(null, access.Type),
                Expression.Convert(projected, access.Type));
            return true;
        }

        var listType = typeof(List<>).MakeGenericType(target);
        if (!property.PropertyType.IsAssignableFrom(listType))
        {
            return false;
        }

        var element = Expression.Parameter(target, "e");
        var body = Project(element, target, fieldType, selection, depth + 1);
        var select = Expression.Call(typeof(Enumerable), nameof(Enumerable.Select), [target, target], access, Expression.Lambda(body, element));
        bindings[property.Name] = Expression.Convert(
            Expression.Call(typeof(Enumerable), nameof(Enumerable.ToList), [target], select), property.PropertyType);
        return true;
    }

    internal static IGraphType? Unwrap(IGraphType? type)
    {
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type;
    }
}
