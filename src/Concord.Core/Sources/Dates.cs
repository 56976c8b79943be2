using System.Globalization;
using Concord.Domain;

namespace Concord.Sources;

/// <summary>The date spellings the sources use, parsed strictly.</summary>
internal static partial class Dates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "d MMMM yyyy", "dd MMMM yyyy", "M/d/yyyy", "MM/dd/yyyy", "d MMM yyyy", "d MMMM yy",
    ];

    /// <summary>A date that is written as one of the sources' spellings and is possible (from 1945 to today).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date) => TryParseAny(text, out date) && IsPossible(date);

    /// <summary>Why <paramref name="text"/> is refused: not a date at all, before 1945, or in the future.</summary>
    /// <param name="expected">How the source writes its dates, for the message (e.g. "YYYY-MM-DD").</param>
    public static string Problem(ReadOnlySpan<char> text, string expected)
    {
        var shown = text.Trim().ToString();
        if (TryParseAny(text, out var date))
        {
            return date.Year < UnCalendar.FirstYear
                ? $"'{shown}' is in {date.Year}, before the United Nations began ({UnCalendar.FirstYear}): a typo or a corrupted field"
                : $"'{shown}' lies in the future (after {DateTime.UtcNow:yyyy-MM-dd}, the day of this sync): a typo or a corrupted field";
        }

        if (shown.Length == 4 && int.TryParse(shown, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year < UnCalendar.FirstYear
                ? $"'{shown}' is before the United Nations began ({UnCalendar.FirstYear}): a typo or a corrupted field"
                : $"'{shown}' lies in the future (after {DateTime.UtcNow.Year}): a typo or a corrupted field";
        }

        return $"'{shown}' is not a date (expected {expected})";
    }

    private static bool TryParseAny(ReadOnlySpan<char> text, out DateOnly date)
    {
        var t = text.Trim();
        foreach (var f in s_formats)
        {
            if (DateTime.TryParseExact(t, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                date = DateOnly.FromDateTime(dt);
                return true;
            }
        }

        // DGACM writes where a meeting away from New York took place after the date ("19 November 2004 in Nairobi").
        var m = LeadingDate().Match(t.ToString());
        if (m.Success && m.Length < t.Length && DateTime.TryParseExact(m.Value, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lead))
        {
            date = DateOnly.FromDateTime(lead);
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Today in UTC plus one day: a meeting in a time zone ahead of UTC may already be tomorrow.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);

    /// <summary>The United Nations dates from 1945, and no vote has been taken after today: anything else is a typo or a corrupted field.</summary>
    public static bool IsPossible(DateOnly date) => date.Year >= UnCalendar.FirstYear && date <= Today;

    /// <summary>A year from 1945 to this year.</summary>
    public static bool IsPossibleYear(int year) => year >= UnCalendar.FirstYear && year <= Today.Year;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}(?= )")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();
}
