using Concord.Domain;

namespace Concord.Council;

/// <summary>Who sat on the Council each year, derived from the votes on record (permanent and elected).</summary>
/// <remarks>A member appears in a year when at least one of its votes that year is on record (yes, no, abstain or non-voting).</remarks>
public static class CouncilMembership
{
    public sealed record Member(int Year, string State, bool Permanent, int Votes);

    public static IReadOnlyList<Member> ByYear(CouncilRecord record, int? fromYear = null, int? toYear = null)
    {
        var counts = new Dictionary<(int Year, string State), int>();
        foreach (var d in record.Decisions)
        {
            if ((fromYear is { } f && d.Date.Year < f) || (toYear is { } t && d.Date.Year > t))
            {
                continue;
            }

            foreach (var (state, vote) in d.Votes)
            {
                if (vote != Vote.Absent)
                {
                    counts[(d.Date.Year, state)] = counts.GetValueOrDefault((d.Date.Year, state)) + 1;
                }
            }
        }

        return counts
            // The five seats are permanent whoever held them (the ROC's and the USSR's included); every other member was elected.
            .Select(kv => new Member(kv.Key.Year, kv.Key.State, kv.Key.State is "USA" or "GBR" or "FRA" or "RUS" or "SUN" or "CHN" or "TWN", kv.Value))
            .OrderBy(m => m.Year).ThenByDescending(m => m.Permanent).ThenBy(m => m.State, StringComparer.Ordinal)
            .ToList();
    }
}
