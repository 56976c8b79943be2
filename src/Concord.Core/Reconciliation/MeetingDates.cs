using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Reconciliation;

/// <summary>All decisions of one Council meeting share its date, and meetings are numbered in the order they were held.</summary>
/// <remarks>
/// The drafts compilation's dates went through a spreadsheet that read some as month/day: S/2016/847 says 10 Aug 2016,
/// but it was voted at S/PV.7785 with S/2016/846, dated 8 Oct 2016 by every other source. Two repairs, both only
/// where the day and month swapped give the date the other evidence asks for: a decision dated apart from the other
/// decisions of its meeting takes the meeting's date when that date is held by a source other than the drafts
/// compilation; a decision whose date falls outside the dates of the meetings numbered around it takes the swapped
/// date when that date falls inside. The votes by written procedure of 2020–21 are numbered in a sequence of their own
/// in the drafts compilation (V100, V102, ...), ordered like meetings: S/2020/658 (V102, "2020-08-07") lies between
/// V100 (7 July) and V104 (10 July), so it is 8 July. The dates around a meeting are read from up to three meetings on
/// each side (the median), so that one neighbour with a wrong meeting symbol does not move a right one.
/// A difference that remains is explained only by a fact a source states (a meeting resumed on a later day, in the
/// DGACM record's meeting text); otherwise the row says it is unexplained, both dates kept as the sources give them.
/// </remarks>
internal static partial class MeetingDates
{
    /// <summary>How many meetings on each side give the dates a meeting lies between.</summary>
    private const int Neighbours = 3;

    public static void Repair(List<CanonicalDecision> all, DisagreementLog log, List<InvariantViolation> violations)
    {
        foreach (var sequence in Sequences(all))
        {
            var byMeeting = sequence.Value;
            var numbers = byMeeting.Keys.ToList();
            for (var i = 0; i < numbers.Count; i++)
            {
                RepairWithinMeeting(sequence.Key, numbers[i], byMeeting[numbers[i]], Window(byMeeting, numbers, i), log, violations);
            }

            // A repair can put a neighbour back in line and so reveal the next one (V104, then V102): a few passes.
            for (var pass = 0; pass < 3; pass++)
            {
                if (RepairByMeetingOrder(sequence.Key, byMeeting, log, violations) == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The Council's decisions by meeting number, one sequence for the meetings (S/PV.N) and one for the votes
    /// by written procedure (VN).</summary>
    private static Dictionary<string, SortedDictionary<int, List<CanonicalDecision>>> Sequences(List<CanonicalDecision> all)
    {
        var result = new Dictionary<string, SortedDictionary<int, List<CanonicalDecision>>>(StringComparer.Ordinal);
        foreach (var c in all)
        {
            if (c.Forum != Forum.SecurityCouncil || c.Date is null)
            {
                continue;
            }

            var (prefix, n) = MeetingNumber(c.Meeting) is { } m ? ("S/PV.", m) : WrittenProcedureNumber(c.Meeting) is { } v ? ("V", v) : ("", -1);
            if (n < 0)
            {
                continue;
            }

            if (!result.TryGetValue(prefix, out var byMeeting))
            {
                result[prefix] = byMeeting = [];
            }

            if (!byMeeting.TryGetValue(n, out var list))
            {
                byMeeting[n] = list = [];
            }

            list.Add(c);
        }

        return result;
    }

    /// <summary>The dates a meeting was held between: the median of the earliest dates of up to three meetings numbered
    /// before it, and of up to three numbered after it (one neighbour with a wrong meeting symbol is outvoted).</summary>
    private static (DateOnly Before, DateOnly After) Window(SortedDictionary<int, List<CanonicalDecision>> byMeeting, List<int> numbers, int i)
    {
        var before = numbers.Take(i).TakeLast(Neighbours).Select(n => byMeeting[n].Min(c => c.Date!.Value)).ToList();
        var after = numbers.Skip(i + 1).Take(Neighbours).Select(n => byMeeting[n].Min(c => c.Date!.Value)).ToList();
        return (before.Count == 0 ? DateOnly.MinValue : Median(before), after.Count == 0 ? DateOnly.MaxValue : Median(after));
    }

    private static DateOnly Median(List<DateOnly> dates)
    {
        dates.Sort();
        return dates[(dates.Count - 1) / 2];
    }

    /// <summary>A meeting as the record writes it: S/PV.7785, or V102 for a vote by written procedure.</summary>
    private static string Label(string prefix, int number) =>
        prefix == "V" ? "V" + number.ToString("000", CultureInfo.InvariantCulture) : prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number of a vote by written procedure as the drafts compilation writes it (V102), else null.</summary>
    internal static int? WrittenProcedureNumber(string? meeting) =>
        meeting is not null && WrittenProcedurePattern().Match(meeting) is { Success: true } m
            ? int.Parse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The number of a Council meeting record: S/PV.7785, PV.7785, 7785 and S/PV.7785 (Resumption 1) are all 7785.</summary>
    internal static int? MeetingNumber(string? meeting)
    {
        if (meeting is null)
        {
            return null;
        }

        var m = MeetingPattern().Match(meeting);
        return m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    internal static bool IsSwap(DateOnly a, DateOnly b) => a.Year == b.Year && a.Day == b.Month && a.Month == b.Day && a != b;

    private static void RepairWithinMeeting(string prefix, int number, List<CanonicalDecision> list, (DateOnly Before, DateOnly After) window, DisagreementLog log, List<InvariantViolation> violations)
    {
        if (list.Count < 2 || list.All(c => c.Date == list[0].Date))
        {
            return;
        }

        if (list.Select(c => c.Date!.Value).Distinct().Any(d => list.Any(x => Math.Abs(x.Date!.Value.DayNumber - d.DayNumber) > 1 && !IsSwap(x.Date!.Value, d))))
        {
            AttributeMeetings(prefix, number, list, window, violations);
            list.RemoveAll(c => c.Meeting is null);
            return;
        }

        // A swapped day and month takes the meeting's date: the one held by a source other than the drafts compilation,
        // if only one is (otherwise the order of meeting numbers decides, in RepairByMeetingOrder).
        var attested = list.Where(c => c.DateSource is { } s && s != SourceId.ScDraftVotes).Select(c => c.Date!.Value).Distinct().ToList();
        if (attested.Count == 1)
        {
            foreach (var c in list.Where(c => IsSwap(c.Date!.Value, attested[0])))
            {
                Set(c, attested[0], Label(prefix, number), log, violations);
            }
        }

        // What still differs by a day is explained only where a source says the meeting was resumed; else unexplained.
        var first = list.Min(c => c.Date!.Value);
        foreach (var c in list.Where(c => c.Date!.Value != first && c.Date!.Value.DayNumber - first.DayNumber == 1))
        {
            violations.Add(DateConflict(c, $"dated {c.Date:yyyy-MM-dd} while {Label(prefix, number)} also holds decisions dated {first:yyyy-MM-dd}", list));
        }
    }

    /// <summary>
    /// A meeting's two dates kept as the sources give them: explained where a decision's meeting record says the meeting
    /// was resumed (the DGACM record: "4129th (Resumption 1) meeting"), with that source's file and line; otherwise
    /// unexplained, since nothing on record says why (a sitting past midnight, a resumption, a slip are all possible).
    /// </summary>
    private static InvariantViolation DateConflict(CanonicalDecision c, string detail, List<CanonicalDecision> meeting)
    {
        var p = DecisionMerger.SourceOf(c, c.DateSource);
        var resumed = meeting.FirstOrDefault(x => x.Meeting is { } m && m.Contains("Resumption", StringComparison.OrdinalIgnoreCase)
            && x.Date == meeting.Max(y => y.Date));
        if (resumed is not null)
        {
            var rp = resumed.Sources.LastOrDefault(x => x.Source == SourceId.DgacmSc) ?? resumed.Sources[^1];
            return new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line, detail,
                ViolationOutcome.Explained, $"{rp.Source.Label()} ({rp.File}:{rp.Line}) records {resumed.Symbol ?? resumed.Key} at {resumed.Meeting}: the meeting resumed on a later day; both dates kept");
        }

        return new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line, detail,
            ViolationOutcome.Unexplained, "unexplained: no source here says why the meeting has two dates; both kept as the sources give them");
    }

    /// <summary>
    /// Dates more than a day apart under one meeting symbol, not a day/month swap: the dates come from the UN's files, so
    /// it is a decision's meeting symbol that is the slip when its date falls outside the days of the meetings numbered
    /// around it (a meeting symbol typed wrong, S/PV.7103 for S/PV.7013). That symbol is dropped, and only when the
    /// meeting's other decisions fit there (a meeting whose every decision is out of line says nothing about which is
    /// right). What remains is unexplained unless a source says why.
    /// </summary>
    private static void AttributeMeetings(string prefix, int number, List<CanonicalDecision> list, (DateOnly Before, DateOnly After) window, List<InvariantViolation> violations)
    {
        var outside = list.Where(c => c.Date!.Value < window.Before || c.Date!.Value > window.After).ToList();
        foreach (var c in outside.Count < list.Count ? outside : [])
        {
            var p = DecisionMerger.SourceOf(c, c.DateSource);
            violations.Add(new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
                $"filed under {Label(prefix, number)}, whose other decisions and neighbouring meetings are dated {window.Before:yyyy-MM-dd} to {window.After:yyyy-MM-dd}, but dated {c.Date:yyyy-MM-dd}",
                ViolationOutcome.Repaired, "the date (from the UN's files) is kept and the meeting symbol, the slip, is dropped"));
            c.Meeting = null;
        }

        var remaining = list.Where(c => c.Meeting is not null).ToList();
        if (remaining.Select(c => c.Date).Distinct().Count() < 2)
        {
            return;
        }

        foreach (var c in remaining.Where(c => c.Date != remaining[0].Date))
        {
            violations.Add(DateConflict(c, $"{Label(prefix, number)} holds decisions dated {remaining[0].Date:yyyy-MM-dd} and {c.Date:yyyy-MM-dd}", remaining));
        }
    }

    /// <returns>How many dates were repaired.</returns>
    private static int RepairByMeetingOrder(string prefix, SortedDictionary<int, List<CanonicalDecision>> byMeeting, DisagreementLog log, List<InvariantViolation> violations)
    {
        var repaired = 0;
        var numbers = byMeeting.Keys.ToList();
        for (var i = 1; i < numbers.Count - 1; i++)
        {
            var list = byMeeting[numbers[i]];
            var (before, after) = Window(byMeeting, numbers, i);
            if (before > after)
            {
                continue; // the neighbours themselves are out of order: no evidence either way
            }

            foreach (var c in list)
            {
                var date = c.Date!.Value;
                if (date >= before && date <= after)
                {
                    continue;
                }

                if (date.Day <= 12 && date.Day != date.Month)
                {
                    var swapped = new DateOnly(date.Year, date.Day, date.Month);
                    if (swapped >= before && swapped <= after)
                    {
                        Set(c, swapped, $"meetings {Label(prefix, numbers[i - 1])} and before, {Label(prefix, numbers[i + 1])} and after ({before:yyyy-MM-dd} to {after:yyyy-MM-dd})", log, violations);
                        repaired++;
                    }
                }
            }
        }

        return repaired;
    }

    private static void Set(CanonicalDecision c, DateOnly date, string evidence, DisagreementLog log, List<InvariantViolation> violations)
    {
        var p = DecisionMerger.SourceOf(c, c.DateSource);
        var was = c.Date!.Value;
        log.Add(new Disagreement(c.Key, c.Symbol, "date", null, p.Source, was.ToString("yyyy-MM-dd"), p.File, p.Line, p.Source, $"{date:yyyy-MM-dd} (day and month swapped; {evidence})", p.File, p.Line, date.ToString("yyyy-MM-dd")));
        violations.Add(new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
            $"dated {was:yyyy-MM-dd}, out of line with {evidence}", ViolationOutcome.Repaired, $"dated {date:yyyy-MM-dd}: the source's day and month swapped"));
        c.Date = date;
    }

    [GeneratedRegex(@"^(?:S/PV\.?\s*|PV\.?\s*)?(\d{1,5})(?=\s*(?:\(|$))")]
    private static partial Regex MeetingPattern();

    [GeneratedRegex(@"^V(\d{1,4})$")]
    private static partial Regex WrittenProcedurePattern();
}
