using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Questions;

/// <summary>How a period is written in a row, typed: a year is a number; a session or decade is a number with the
/// first and last year of its votes; an issue breakdown names its column <c>issue</c>; the whole range is its years.</summary>
public static class PeriodColumns
{
    public static string[] For(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => ["year"],
        PeriodKind.Session => ["session", "first_year", "last_year"],
        PeriodKind.Decade => ["decade", "first_year", "last_year"],
        PeriodKind.Issue => ["issue", "first_year", "last_year"],
        _ => ["first_year", "last_year"],
    };

    /// <summary>The cells of <see cref="For"/> for one period; its columns are in date order, so the first and last bound it.</summary>
    public static object?[] Cells(PeriodKind kind, Period period, VoteMatrix matrix)
    {
        var cols = period.Columns;
        object? first = cols.Length > 0 ? matrix.Decisions[cols[0]].Year : null;
        object? last = cols.Length > 0 ? matrix.Decisions[cols[^1]].Year : null;
        return kind switch
        {
            PeriodKind.Year => [Number(period.Label)],
            PeriodKind.Session => [Number(period.Label), first, last],
            PeriodKind.Decade => [Number(period.Label.TrimEnd('s')), first, last],
            PeriodKind.Issue => [period.Label, first, last],
            _ => [first, last],
        };
    }

    private static object Number(string label) =>
        int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : label;
}
