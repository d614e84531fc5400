using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

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

                var sourceName = property.Name[..^TextFolding.ColumnSuffix.Length];
                if (entry.Metadata.FindProperty(sourceName) is null)
                {
                    continue;
                }

                var folded = TextFolding.Fold(entry.Property(sourceName).CurrentValue as string);
                var target = entry.Property(property.Name);
                if (!Equals(target.CurrentValue, folded))
                {
                    target.CurrentValue = folded;
                }
            }
        }
    }
}
