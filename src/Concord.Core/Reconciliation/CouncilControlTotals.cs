using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>Per year, the record's Council resolutions against the UN's own numbering, and its vetoed drafts against the
/// Dag Hammarskjöld Library's veto list.</summary>
/// <remarks>
/// The UN numbers Council resolutions consecutively across years, so a year's count is the numbers from the first after
/// the previous year's last to its own last, as the UN's records here number them (the Digital Library 1946–2021, DGACM
/// 2000–2026). A year's record must hold one adopted resolution for each: a number missing, or a resolution counted
/// twice (S/RES/425(2002) beside S/RES/1425(2002)), is a difference named. The veto list is the UN Library's own count
/// of vetoed drafts (to 26 May 2022); the year is the vote's. The UN's published yearly figures (the Highlights of
/// Security Council Practice) are not in the data folder, so none is typed in.
/// </remarks>
public static partial class CouncilControlTotals
{
    public const string ResolutionsMeasure = "Council resolutions (the UN's numbering)";
    public const string VetoesMeasure = "vetoed drafts (the UN Library's veto list)";

    public static IReadOnlyList<ControlTotal> Compute(IReadOnlyList<CanonicalDecision> decisions)
    {
        var result = new List<ControlTotal>();
        var numbered = new SortedDictionary<int, SortedSet<int>>();
        var held = new Dictionary<int, List<CanonicalDecision>>();
        var vetoListed = new SortedDictionary<int, int>();
        var vetoHeld = new Dictionary<int, int>();
        DateOnly? lastListed = null;
        foreach (var c in decisions)
        {
            if (c.Forum != Forum.SecurityCouncil || c.Date is not { } date)
            {
                continue;
            }

            if (c.Kind == DecisionKind.Resolution && c.Outcome == DecisionOutcome.Adopted)
            {
                (held.TryGetValue(date.Year, out var list) ? list : held[date.Year] = []).Add(c);
                if (c.Symbol is { } s && Number(s) is { } n && c.Sources.Exists(p => p.Source.IsUnRecord()))
                {
                    (numbered.TryGetValue(date.Year, out var set) ? set : numbered[date.Year] = []).Add(n);
                }
            }

            if (c.Sources.Exists(p => p.Source == SourceId.DhlVetoList))
            {
                vetoListed[date.Year] = vetoListed.GetValueOrDefault(date.Year) + 1;
                lastListed = lastListed is { } l && l > date ? l : date;
            }

            if (c.Outcome == DecisionOutcome.Vetoed && c.Kind != DecisionKind.Amendment)
            {
                vetoHeld[date.Year] = vetoHeld.GetValueOrDefault(date.Year) + 1;
            }
        }

        var previousLast = 0;
        foreach (var (year, numbers) in numbered)
        {
            var first = previousLast + 1;
            var last = numbers.Max;
            previousLast = Math.Max(previousLast, last);
            var expected = Math.Max(0, last - first + 1);
            var record = held.GetValueOrDefault(year) ?? [];
            var holding = record.Select(c => c.Symbol is { } s ? Number(s) : null).ToList();
            var missing = Enumerable.Range(first, expected).Where(n => !numbers.Contains(n) && !holding.Contains(n)).ToList();
            var twice = holding.Where(n => n is not null).GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key!.Value).ToList();
            var unnumbered = record.Count(c => c.Symbol is null || Number(c.Symbol) is null);
            var difference = record.Count - expected;
            var why = difference == 0 && missing.Count == 0 ? "equal"
                : string.Join("; ", new[]
                {
                    missing.Count > 0 ? $"{missing.Count} number(s) of the year in no record here: {Range(missing)}" : null,
                    twice.Count > 0 ? $"held twice: {string.Join(", ", twice.Select(n => $"S/RES/{n}({year})"))}" : null,
                    unnumbered > 0 ? $"{unnumbered} adopted resolution(s) without a number" : null,
                    difference != 0 && missing.Count == 0 && twice.Count == 0 && unnumbered == 0 ? $"{Math.Abs(difference)} {(difference > 0 ? "more" : "fewer")} than the numbering" : null,
                }.Where(x => x is not null));
            result.Add(new ControlTotal("sc", year.ToString(CultureInfo.InvariantCulture), ResolutionsMeasure, expected, record.Count, record.Count - unnumbered, 0,
                difference, why, $"S/RES/{first}({year}) to S/RES/{last}({year})", null));
        }

        foreach (var (year, listed) in vetoListed)
        {
            var record = vetoHeld.GetValueOrDefault(year);
            var difference = record - listed;
            var why = difference == 0 ? "equal"
                : difference > 0 && lastListed is { } l && l.Year == year ? $"{difference} more: the list ends on {l:yyyy-MM-dd}; the later vetoes come from the drafts compilation"
                : difference > 0 ? $"{difference} more than the list: drafts the record holds as vetoed that the list does not name (concord vetoes --from {year} --to {year})"
                : $"{-difference} fewer than the list: vetoes the list names that the record holds as a single decision or under another outcome (concord data check --invariants --class duplicate-veto)";
            result.Add(new ControlTotal("sc", year.ToString(CultureInfo.InvariantCulture), VetoesMeasure, listed, record, record, 0, difference, why, VetoListReader.DhlFile, null));
        }

        return result;
    }

    private static string Range(List<int> numbers) =>
        numbers.Count <= 6 ? string.Join(", ", numbers.Select(n => $"S/RES/{n}")) : $"S/RES/{numbers[0]} to S/RES/{numbers[^1]} ({numbers.Count})";

    private static int? Number(string symbol) => ResolutionNumber().Match(symbol) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^S/RES/(\d+)\(")]
    private static partial Regex ResolutionNumber();
}
