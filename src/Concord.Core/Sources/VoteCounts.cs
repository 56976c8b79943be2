using System.Globalization;
using Concord.Domain;

namespace Concord.Sources;

/// <summary>Parses a count of member states' votes: a whole number no larger than the forum's membership.</summary>
/// <remarks>The database stores counts in 16 bits; bounding them by the membership first means no count can wrap.</remarks>
internal static class VoteCounts
{
    /// <summary>The count, or false with the reason it is refused.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, Forum forum, DateOnly? date, out int count, out string problem)
    {
        var s = text.Trim();
        count = 0;
        problem = "";
        if (s.IsEmpty)
        {
            return true;
        }

        var max = Seats.Max(forum, date);
        var tooMany = $"is more than the {max} members the {forum.DisplayName()} has had{(forum == Forum.SecurityCouncil && max == 11 ? " before 1966" : "")}";
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            // A number too large even for 32 bits is still a number: say so rather than "not a count".
            problem = !s.ContainsAnyExceptInRange('0', '9') ? $"'{s}' {tooMany}" : $"'{s}' is not a count";
            return false;
        }

        if (count > max)
        {
            problem = $"'{count}' {tooMany}";
            return false;
        }

        return true;
    }
}
