using System.Diagnostics.CodeAnalysis;
using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;
using YamlDotNet.RepresentationModel;

namespace OpenData.Domain.Seed.Reading;

/// <summary>Builds the <see cref="FieldSpec{T}"/>s of records of type <typeparamref name="T"/>.</summary>
/// <remarks>Instance methods on purpose: the spec lambda <c>f =&gt; [f.Text(...)]</c> then infers T.</remarks>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Instance methods let spec lambdas infer T.")]
internal sealed class Fields<T>
    where T : class
{
    public FieldSpec<T> Text(string key, Action<T, string> set, bool required = false) =>
        Scalar(key, required, "text", (r, text, _, _) => set(r, text));

    public FieldSpec<T> Url(string key, Action<T, string> set, bool required = false) =>
        Scalar(key, required, "a URL", (r, text, at, scope) => Check(scope, at, key, Values.CheckUrl(text), () => set(r, text)));

    public FieldSpec<T> Int(string key, Action<T, int> set, bool required = false, int min = int.MinValue, int max = int.MaxValue) =>
        Scalar(key, required, "a whole number", (r, text, at, scope) =>
        {
            var error = Values.TryInt(text, min, max, out var value);
            Check(scope, at, key, error, () => set(r, value));
        });

    public FieldSpec<T> Year(string key, Action<T, int> set, bool required = false) =>
        Int(key, set, required, PartialDate.MinYear, PartialDate.MaxYear);

    public FieldSpec<T> Bool(string key, Action<T, bool> set, bool required = false) =>
        Scalar(key, required, "true or false", (r, text, at, scope) =>
            Check(scope, at, key, text is "true" or "false" ? null : $"'{text}' is not true or false", () => set(r, text == "true")));

    public FieldSpec<T> Enum<TEnum>(string key, Action<T, TEnum> set, bool required = false)
        where TEnum : struct, System.Enum =>
        Scalar(key, required, "one of " + string.Join(", ", EnumText.All<TEnum>()), (r, text, at, scope) =>
        {
            var known = EnumText.TryParse<TEnum>(text, out var value);
            Check(scope, at, key, known ? null : $"'{text}' is not one of {string.Join(", ", EnumText.All<TEnum>())}", () => set(r, value));
        });

    public FieldSpec<T> Date(string key, Action<T, PartialDate> set, bool required = false) =>
        Scalar(key, required, "a date", (r, text, at, scope) =>
        {
            if (PartialDate.TryParse(text, out var date, out var error))
            {
                set(r, date.Value);
            }
            else
            {
                scope.Report(at, key, error);
            }
        });

    public FieldSpec<T> Money(string key, Action<T, decimal> set) =>
        Scalar(key, false, "an amount", (r, text, at, scope) =>
        {
            var error = Values.TryMoney(text, out var value);
            Check(scope, at, key, error, () => set(r, value));
        });

    /// <summary>The id of one record of the collection of <typeparamref name="TTarget"/>.</summary>
    public FieldSpec<T> Ref<TTarget>(string key, Action<T, string> set, bool required = false)
        where TTarget : class, IRecord =>
        Scalar(key, required, "an id", (r, text, at, scope) =>
        {
            set(r, text);
            scope.Reference<TTarget>(key, at, text);
        }, FieldKind.Reference, typeof(TTarget));

    /// <summary>A list of ids of the collection of <typeparamref name="TTarget"/>, attached as instances to <paramref name="list"/>.</summary>
    public FieldSpec<T> Refs<TTarget>(string key, Func<T, List<TTarget>> list, bool required = false)
        where TTarget : class, IRecord =>
        List(key, required, "ids", (r, text, at, scope) => scope.Reference<TTarget>(key, at, text, o => list(r).Add((TTarget)o)), typeof(TTarget));

    /// <summary>The record's sources: a non-empty list of source ids.</summary>
    public FieldSpec<T> Sources()
    {
        var refs = Refs<Source>(nameof(ISourced.Sources).ToLowerInvariant(), r => ((ISourced)r).Sources, required: true);
        return new FieldSpec<T>(refs.Key, refs.Required, refs.Read, FieldKind.Sources, refs.Target);
    }

    /// <summary>A list of ids of the collection of <typeparamref name="TTarget"/> kept as strings.</summary>
    public FieldSpec<T> IdList<TTarget>(string key, Func<T, List<string>> list)
        where TTarget : class, IRecord =>
        List(key, false, "ids", (r, text, at, scope) =>
        {
            list(r).Add(text);
            scope.Reference<TTarget>(key, at, text);
        }, typeof(TTarget));

    public FieldSpec<T> TextList(string key, Func<T, List<string>> list) =>
        List(key, false, "text", (r, text, _, _) => list(r).Add(text));

    public FieldSpec<T> YearList(string key, Func<T, List<int>> list) =>
        List(key, false, "years", (r, text, at, scope) =>
        {
            var error = Values.TryInt(text, PartialDate.MinYear, PartialDate.MaxYear, out var value);
            Check(scope, at, key, error, () => list(r).Add(value));
        });

    /// <summary>Nested child records, each a record of the collection of <typeparamref name="TChild"/>, linked to the parent.</summary>
    public FieldSpec<T> Children<TChild>(string key, Func<T, List<TChild>> list, Action<TChild, T> link, int min = 0)
        where TChild : class, IRecord, new() =>
        new(key, min > 0, (r, node, scope) =>
        {
            var spec = ((CollectionDeclaration<TChild>)scope.Context.Collections.Of<TChild>()).Spec;
            if (node is not YamlSequenceNode items)
            {
                scope.Report(node, key, $"expected a list of records, found {Values.Describe(node)}");
                return;
            }

            for (var i = 0; i < items.Children.Count; i++)
            {
                var child = spec.Read(items.Children[i], scope.Context, scope.File, $"{scope.Label}.{key}[{i + 1}]");
                if (child is not null)
                {
                    link(child, r);
                    list(r).Add(child);
                }
            }

            if (items.Children.Count < min)
            {
                scope.Report(node, key, $"needs at least {min} {key}, found {items.Children.Count}");
            }
        }, FieldKind.Children, typeof(TChild));

    private static void Check(RecordScope scope, YamlNode at, string key, string? error, Action apply)
    {
        if (error is null)
        {
            apply();
        }
        else
        {
            scope.Report(at, key, error);
        }
    }

    private static FieldSpec<T> Scalar(string key, bool required, string expected, Action<T, string, YamlNode, RecordScope> read, FieldKind kind = FieldKind.Value, Type? target = null) =>
        new(key, required, (r, node, scope) =>
        {
            if (node is YamlScalarNode scalar)
            {
                read(r, scalar.Value!.Trim(), node, scope);
            }
            else
            {
                scope.Report(node, key, $"expected {expected}, found {Values.Describe(node)}");
            }
        }, kind, target);

    private static FieldSpec<T> List(string key, bool required, string expected, Action<T, string, YamlNode, RecordScope> readItem, Type? target = null) =>
        new(key, required, (r, node, scope) =>
        {
            if (node is not YamlSequenceNode items)
            {
                scope.Report(node, key, $"expected a list of {expected}, found {Values.Describe(node)}");
                return;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in items.Children)
            {
                if (item is YamlScalarNode scalar && !Values.IsAbsent(item))
                {
                    var text = scalar.Value!.Trim();
                    if (seen.Add(text))
                    {
                        readItem(r, text, item, scope);
                    }
                    else
                    {
                        scope.Report(item, key, $"'{text}' is listed twice");
                    }
                }
                else
                {
                    scope.Report(item, key, $"expected {expected} in the list, found {(item is YamlScalarNode ? "an empty item" : Values.Describe(item))}");
                }
            }

            if (required && items.Children.Count == 0)
            {
                scope.Report(node, key, key == "sources" ? "needs at least one source" : "needs at least one item");
            }
        }, FieldKind.Value, target);
}
