using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenData.GraphQL.Data.TextFolding;

/// <summary>Fills every folded shadow column from its source property before inserts and updates.</summary>
internal sealed class TextFoldingInterceptor : SaveChangesInterceptor
{
    public static readonly TextFoldingInterceptor Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Fill(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Fill(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            foreach (var property in entry.Metadata.GetProperties())
            {
                if (property.ClrType != typeof(string) || !property.IsShadowProperty()
                    || !property.Name.EndsWith(TextFolding.ColumnSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                if (!TrySource(entry, property, out var text))
                {
                    continue;
                }

                var folded = TextFolding.Fold(text);
                var target = entry.Property(property.Name);
                if (!Equals(target.CurrentValue, folded))
                {
                    target.CurrentValue = folded;
                }
            }
        }
    }

    /// <summary>The text a folded property copies: its source property's, or the flat value member's its annotation names.</summary>
    private static bool TrySource(EntityEntry entry, IProperty folded, out string? text)
    {
        text = null;
        if (folded.FindAnnotation(TextFolding.SourceAnnotation)?.Value is string path)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            var value = entry.Metadata.FindComplexProperty(path[..dot]);
            var member = value?.ComplexType.FindProperty(path[(dot + 1)..])?.PropertyInfo;
            if (value?.PropertyInfo is null || member is null)
            {
                return false;
            }

            var holder = value.PropertyInfo.GetValue(entry.Entity);
            text = holder is null ? null : member.GetValue(holder) as string;
            return true;
        }

        var sourceName = folded.Name[..^TextFolding.ColumnSuffix.Length];
        if (entry.Metadata.FindProperty(sourceName) is null)
        {
            return false;
        }

        text = entry.Property(sourceName).CurrentValue as string;
        return true;
    }
}
