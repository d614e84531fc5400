using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using OpenData.GraphQL.Data.Model;
using OpenData.GraphQL.Data.TextFolding;

namespace OpenData.Synthetic;

/// <summary>
/// One prepared <c>INSERT</c> for one table of the EF model, taking rows of type <typeparamref name="TRow"/>.
/// Columns, names and value conversions (enums as text, money as centavos, lists as JSON) come from the
/// model, so the rows land exactly as SaveChanges would write them; every <c>&lt;Prop&gt;_folded</c>
/// column is filled with the fold of its source column, as the text-folding interceptor would.
/// </summary>
internal sealed class TableWriter<TRow> : ITableCount, IDisposable
{
    private readonly DbCommand _command;
    private readonly Func<TRow, object?>[] _values;

    private TableWriter(DbCommand command, Func<TRow, object?>[] values)
    {
        _command = command;
        _values = values;
    }

    public string Table { get; private init; } = "";

    public int Count { get; private set; }

    public void Write(TRow row)
    {
        var parameters = _command.Parameters;
        for (var i = 0; i < _values.Length; i++)
        {
            parameters[i].Value = _values[i](row) ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
        Count++;
    }

    public void Dispose() => _command.Dispose();

    /// <summary>A writer for an entity table; each column reads its CLR property from the entity.</summary>
    public static TableWriter<TRow> ForEntity(SyntheticTarget target, IEntityType entityType) =>
        Create(target, entityType, property => property.PropertyInfo is { } info && !property.IsShadowProperty()
            ? Getter(property.DeclaringType is IComplexType value ? value.ComplexProperty.PropertyInfo : null, info)
            : null);

    /// <summary>A writer for an implicit many-to-many join table; <paramref name="column"/> picks each key's value.</summary>
    public static TableWriter<TRow> ForJoin(SyntheticTarget target, IEntityType joinType, Func<IProperty, Func<TRow, object?>?> column) =>
        Create(target, joinType, column);

    private static TableWriter<TRow> Create(SyntheticTarget target, IEntityType entityType, Func<IProperty, Func<TRow, object?>?> column)
    {
        var table = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        // The entity's own columns and those of its flat values (complex properties: SignedOn, SignedOnStart…).
        var properties = entityType.GetProperties().Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())).ToList();
        var known = properties.Select(NameOf).ToHashSet(StringComparer.Ordinal);
        bool IsFolded(IProperty property) => IsFoldedCopy(property) && known.Contains(property.Name[..^TextFolding.ColumnSuffix.Length]);
        var sources = new Dictionary<string, Func<TRow, object?>>(StringComparer.Ordinal);
        foreach (var property in properties.Where(p => !IsFolded(p)))
        {
            var read = column(property) ?? throw new InvalidOperationException(
                $"The synthetic generator has no value for {entityType.DisplayName()}.{property.Name}.");
            var converter = property.GetTypeMapping().Converter;
            sources[NameOf(property)] = converter is null ? read : row => converter.ConvertToProvider(read(row));
        }

        var values = new List<Func<TRow, object?>>(properties.Count);
        var names = new List<string>(properties.Count);
        foreach (var property in properties)
        {
            names.Add(target.Quote(property.GetColumnName(store) ?? property.Name));
            if (IsFolded(property))
            {
                var source = sources[property.Name[..^TextFolding.ColumnSuffix.Length]];
                values.Add(row => TextFolding.Fold(source(row) as string));
            }
            else
            {
                values.Add(sources[NameOf(property)]);
            }
        }

        var command = target.Connection.CreateCommand();
        command.Transaction = target.Transaction;
        command.CommandText = $"INSERT INTO {target.Quote(table)} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < names.Count; i++)
        {
            // Typed as EF Core types it (Npgsql prepares only typed parameters); the value is set per row.
            var mapping = (RelationalTypeMapping)properties[i].GetTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, "@p" + i, null, properties[i].IsNullable));
        }

        command.Prepare();
        return new TableWriter<TRow>(command, [.. values]) { Table = table };
    }

    /// <summary>A folded copy the model adds (shadow, or an indexer property on a join table), not a member of the class.</summary>
    private static bool IsFoldedCopy(IProperty property) =>
        property.ClrType == typeof(string)
        && (property.IsShadowProperty() || property.IsIndexerProperty())
        && property.Name.EndsWith(TextFolding.ColumnSuffix, StringComparison.Ordinal);

    /// <summary>The property's flat name: its own, or for a member of a flat value <see cref="FlatValues.FlatName"/> (SignedOnStart).</summary>
    private static string NameOf(IProperty property) =>
        property.DeclaringType is IComplexType { ComplexProperty.PropertyInfo: { } owner } && property.PropertyInfo is { } member
            ? FlatValues.FlatName(owner, member)
            : property.Name;

    /// <summary>Reads the property from the row, through the flat value <paramref name="owner"/> holds when it is one's member.</summary>
    private static Func<TRow, object?> Getter(System.Reflection.PropertyInfo? owner, System.Reflection.PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        var read = owner is null ? Expression.Property(row, property) : FlatValues.Read(row, owner, property);
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(read, typeof(object)), row).Compile();
    }
}
