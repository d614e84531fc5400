using OpenData.Domain.Collections;
using OpenData.Domain.Data;
using OpenData.Domain.Model;

namespace OpenData.Domain.Seed.Reading;

/// <summary>Checks across the fields of one record, and across the records of one collection.</summary>
internal static class RecordChecks
{
    /// <summary>Positions are unique within their parent (the plan of an objective, the conflict of a claim).</summary>
    public static void UniquePositions<T>(LoadContext context, CollectionDeclaration collection, Func<T, string> parent, Func<T, int> position, string parentName)
    {
        if (!context.Records.TryGetValue(collection.Name, out var entries))
        {
            return;
        }

        var groups = entries
            .Where(e => e.NodeOf("position") != e.Node)
            .GroupBy(e => (Parent: parent((T)e.Record), Position: position((T)e.Record)))
            .Where(g => g.Key.Position > 0 && g.Count() > 1);
        foreach (var group in groups)
        {
            foreach (var duplicate in group.Skip(1))
            {
                context.Report(duplicate.File, duplicate.NodeOf("position"), duplicate.Id, "position",
                    $"position {group.Key.Position} is already used by '{group.First().Id}' in the same {parentName}");
            }
        }
    }

    /// <summary>An end date may not lie wholly before the start date.</summary>
    public static void NotBefore(RecordScope scope, string endKey, DateOnly? end, string startKey, DateOnly? start)
    {
        if (end < start && scope.IsValid(endKey) && scope.IsValid(startKey))
        {
            scope.ReportAt(endKey, endKey, $"is before {startKey}");
        }
    }

    public static void YearNotBefore(RecordScope scope, string endKey, int end, string startKey, int start)
    {
        if (end < start && scope.IsValid(endKey) && scope.IsValid(startKey))
        {
            scope.ReportAt(endKey, endKey, $"{end} is before {startKey} {start}");
        }
    }

    public static void FiscalYearRange(RecordScope scope, int? first, int? last)
    {
        if (last is not null && first is null && scope.IsValid("fiscalYearEnd"))
        {
            scope.ReportAt("fiscalYearEnd", "fiscalYearEnd", "is given without fiscalYear");
        }
        else if (first is not null && last is not null)
        {
            YearNotBefore(scope, "fiscalYearEnd", last.Value, "fiscalYear", first.Value);
        }
    }

    /// <summary><c>amount</c> is absent exactly when <c>amountQualifier</c> is NOT_STATED.</summary>
    public static void AmountMatchesQualifier(RecordScope scope, AmountQualifier qualifier)
    {
        if (!scope.IsValid("amountQualifier"))
        {
            return;
        }

        var hasAmount = scope.ValueOf("amount") is not null;
        var notStated = EnumText.Format(AmountQualifier.NotStated);
        if (hasAmount && qualifier == AmountQualifier.NotStated)
        {
            scope.ReportAt("amountQualifier", "amountQualifier", $"is {notStated} but an amount is given");
        }
        else if (!hasAmount && qualifier != AmountQualifier.NotStated)
        {
            scope.ReportAt("amountQualifier", "amountQualifier", $"is {EnumText.Format(qualifier)} but no amount is given (use {notStated})");
        }
    }

    /// <summary>A share (<c>partOfId</c>) cannot be a share of itself.</summary>
    public static void NotPartOfItself(RecordScope scope, string id, string? partOfId)
    {
        if (partOfId is not null && partOfId == id && scope.IsValid("partOfId"))
        {
            scope.ReportAt("partOfId", "partOfId", $"'{id}' names the record itself; a share is part of another record");
        }
    }

    /// <summary>
    /// subjectType names a known entity and subjectId must resolve in its collection; the subject then lists the
    /// conflict among its <see cref="IConflictSubject.Conflicts"/>.
    /// </summary>
    public static void ConflictSubject(Conflict conflict, RecordScope scope)
    {
        if (!scope.IsValid("subjectType"))
        {
            return;
        }

        var subjectTypes = scope.Context.Collections.SubjectTypes;
        if (!subjectTypes.TryGetValue(conflict.SubjectType, out var collection))
        {
            scope.ReportAt("subjectType", "subjectType", $"'{conflict.SubjectType}' is not one of {string.Join(", ", subjectTypes.Keys)}");
        }
        else if (scope.IsValid("subjectId"))
        {
            scope.Reference("subjectId", scope.ValueOf("subjectId")!, collection, conflict.SubjectId,
                subject => ((IConflictSubject)subject).Conflicts.Add(conflict));
        }
    }
}
