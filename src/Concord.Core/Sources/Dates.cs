using System.Globalization;

namespace Concord.Sources;

/// <summary>The date spellings the sources use, parsed strictly.</summary>
internal static partial class Dates
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "d MMMM yyyy", "dd MMMM yyyy", "M/d/yyyy", "MM/dd/yyyy", "d MMM yyyy", "d MMMM yy",
    ];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        var t = text.Trim();
        foreach (var f in s_formats)
        {
            if (DateTime.TryParseExact(t, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt))
            {
                date = DateOnly.FromDateTime(dt);
                return IsPossibleYear(date.Year);
            }
        }

        // DGACM writes where a meeting away from New York took place after the date ("19 November 2004 in Nairobi").
        var m = LeadingDate().Match(t.ToString());
        if (m.Success && m.Length < t.Length && DateTime.TryParseExact(m.Value, "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lead))
        {
            date = DateOnly.FromDateTime(lead);
            return IsPossibleYear(date.Year);
        }

        date = default;
        return false;
    }

    /// <summary>The United Nations dates from 1945; a year outside 1945–2100 is a typo or a corrupted field, not a vote.</summary>
    public static bool IsPossibleYear(int year) => year is >= 1945 and <= 2100;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d{1,2} [A-Z][a-z]+ \d{4}(?= )")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();
}
