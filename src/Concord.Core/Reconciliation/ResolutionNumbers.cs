using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Invariants;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>
/// Council resolutions are numbered in one sequence since 1946, so each year's numbers form a range above the last
/// year's: a symbol whose number falls outside its year's range names a decision that does not exist. The ranges come
/// from the record's UN-sourced resolutions (the DGACM extract, the Digital Library's wide file: every S/RES/1–2617).
/// </summary>
/// <remarks>
/// The drafts compilation types S/RES/1425(2002) as "425 (2002)": before this check the record held S/RES/425(2002)
/// beside S/RES/1425(2002), one vote twice. A misfit from a source other than the UN's loses its symbol and becomes an
/// orphan, which <see cref="OrphanFolder"/> folds into the resolution it really is (the same draft, else the same
/// day and tally); the drafts compilation's numbers with the wrong year ("1588 (2055)" for a vote of 2005) are
/// orphans from the reader on. Either way the fold is recorded as a repaired violation; a misfit that fits no
/// decision is quarantined: taken out of the record, never kept as a decision of its own.
/// </remarks>
internal static partial class ResolutionNumbers
{
    /// <summary>The range of resolution numbers of each year, from the decisions a UN source records.</summary>
    internal static Dictionary<int, (int First, int Last)> YearRanges(IEnumerable<CanonicalDecision> all)
    {
        var ranges = new Dictionary<int, (int First, int Last)>();
        foreach (var c in all)
        {
            if (c.Forum == Forum.SecurityCouncil && Parse(c.Symbol) is { } r && c.Sources.Exists(p => IsUnSource(p.Source)))
            {
                ranges[r.Year] = ranges.TryGetValue(r.Year, out var had) ? (Math.Min(had.First, r.Number), Math.Max(had.Last, r.Number)) : (r.Number, r.Number);
            }
        }

        return ranges;
    }

    /// <summary>Whether a resolution number can belong to a year: inside the year's range, or for a year no UN source
    /// covers, between the last number of an earlier year and the first of a later one.</summary>
    internal static bool Fits(int number, int year, IReadOnlyDictionary<int, (int First, int Last)> ranges)
    {
        if (ranges.TryGetValue(year, out var r))
        {
            return number >= r.First && number <= r.Last;
        }

        var below = ranges.Where(x => x.Key < year).Select(x => x.Value.Last).DefaultIfEmpty(0).Max();
        var above = ranges.Where(x => x.Key > year).Select(x => x.Value.First).DefaultIfEmpty(int.MaxValue).Min();
        return number > below && number < above;
    }

    /// <summary>Takes the symbol from every resolution whose number does not fit its year and that no UN source holds;
    /// returns them, now orphans, with the orphans the reader made of numbers typed with the wrong year. A misfit's
    /// number is no evidence of which resolution it is (425 is a number of 1978): only its draft, day and tally are.</summary>
    public static List<(CanonicalDecision Decision, string Detail)> Unnumber(List<CanonicalDecision> all)
    {
        var ranges = YearRanges(all);
        var result = new List<(CanonicalDecision, string)>();
        foreach (var c in all)
        {
            if (c.Forum != Forum.SecurityCouncil || c.Sources.Exists(p => IsUnSource(p.Source)))
            {
                continue;
            }

            if (Parse(c.Symbol) is { } r && !Fits(r.Number, r.Year, ranges))
            {
                var numbering = ranges.TryGetValue(r.Year, out var range) ? $"S/RES/{range.First}–{range.Last}" : "the numbers between its neighbours'";
                result.Add((c, $"the source numbers this vote {c.Symbol}, but {r.Year}'s resolutions are {numbering} (from the UN's files)"));
                c.AlternateSymbol = null;
                c.Symbol = null;
            }
            else if (c.Symbol is null && c.AlternateSymbol is { } alt && Parse(alt) is { } a)
            {
                // The reader's orphan: a number typed with a year other than the vote's (the number is kept, the year is the vote's)
                result.Add((c, $"the source gives this vote the resolution number {a.Number} with a year other than its vote's ({a.Year})"));
            }
        }

        return result;
    }

    /// <summary>After the orphans are folded: each misnumbered decision folded away is repaired; one still in the
    /// record is taken out of it and quarantined.</summary>
    public static void Settle(List<CanonicalDecision> all, List<(CanonicalDecision Decision, string Detail)> misnumbered, OrphanFolder folder, List<InvariantViolation> violations)
    {
        var present = all.ToHashSet();
        foreach (var (c, detail) in misnumbered)
        {
            var p = c.Sources[0];
            if (!present.Contains(c))
            {
                var target = folder.FoldedInto(c);
                violations.Add(new InvariantViolation(InvariantClass.ResolutionNumberOutOfYear, target?.Key ?? c.Key, target?.Symbol, null, p.Source, p.File, p.Line, detail,
                    ViolationOutcome.Repaired, $"folded into {target?.Symbol ?? target?.Key}, the resolution adopted from the same draft ({c.Draft}) or on the same day with the same tally"));
                continue;
            }

            all.Remove(c);
            violations.Add(new InvariantViolation(InvariantClass.ResolutionNumberOutOfYear, c.Key, null, null, p.Source, p.File, p.Line, detail,
                ViolationOutcome.Quarantined, "no resolution of the same draft, day and tally to fold it into: taken out of the record, not kept as a decision of its own"));
        }
    }

    private static bool IsUnSource(SourceId s) => s.IsUnRecord();

    private static (int Number, int Year)? Parse(string? symbol) =>
        symbol is not null && ResolutionSymbol().Match(symbol) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^S/RES/(\d+)\((\d{4})\)$")]
    private static partial Regex ResolutionSymbol();
}
