using System.Globalization;
using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Invariants;

/// <summary>All decisions of one Council meeting share its date, and meetings are numbered in the order they were held.</summary>
/// <remarks>
/// The drafts compilation's dates went through a spreadsheet that read some as month/day: S/2016/847 says 10 Aug 2016,
/// but it was voted at S/PV.7785 with S/2016/846, dated 8 Oct 2016 by every other source. Two repairs, both only
/// where the day and month swapped give the date the other evidence asks for: a decision dated apart from the other
/// decisions of its meeting takes the meeting's date when that date is held by a source other than the drafts
/// compilation; a decision alone at its meeting whose date falls outside the dates of the meetings numbered just
/// before and after it takes the swapped date when that date falls inside. A meeting that ran past midnight or was
/// resumed the next day legitimately spans two days: a difference of one day is explained, not repaired.
/// </remarks>
internal static partial class MeetingDates
{
    public static void Repair(List<CanonicalDecision> all, DisagreementLog log, List<InvariantViolation> violations)
    {
        var byMeeting = new SortedDictionary<int, List<CanonicalDecision>>();
        foreach (var c in all)
        {
            if (c.Forum == Forum.SecurityCouncil && c.Date is not null && MeetingNumber(c.Meeting) is { } n)
            {
                if (!byMeeting.TryGetValue(n, out var list))
                {
                    byMeeting[n] = list = [];
                }

                list.Add(c);
            }
        }

        var numbers = byMeeting.Keys.ToList();
        for (var i = 0; i < numbers.Count; i++)
        {
            // The days of the meetings numbered just before and after: a meeting was held between them.
            var before = i > 0 ? byMeeting[numbers[i - 1]].Min(c => c.Date!.Value) : DateOnly.MinValue;
            var after = i < numbers.Count - 1 ? byMeeting[numbers[i + 1]].Max(c => c.Date!.Value) : DateOnly.MaxValue;
            RepairWithinMeeting(numbers[i], byMeeting[numbers[i]], (before, after), log, violations);
        }

        RepairByMeetingOrder(byMeeting, log, violations);
    }

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

    private static void RepairWithinMeeting(int number, List<CanonicalDecision> list, (DateOnly Before, DateOnly After) window, DisagreementLog log, List<InvariantViolation> violations)
    {
        if (list.Count < 2 || list.All(c => c.Date == list[0].Date))
        {
            return;
        }

        if (list.Select(c => c.Date!.Value).Distinct().Any(d => list.Any(x => Math.Abs(x.Date!.Value.DayNumber - d.DayNumber) > 1 && !IsSwap(x.Date!.Value, d))))
        {
            AttributeMeetings(number, list, window, violations);
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
                Set(c, attested[0], $"S/PV.{number}", log, violations);
            }
        }

        // What still differs by a day is a meeting that ran past midnight or resumed the next day.
        var first = list.Min(c => c.Date!.Value);
        foreach (var c in list.Where(c => c.Date!.Value != first && c.Date!.Value.DayNumber - first.DayNumber == 1))
        {
            var p = DecisionMerger.SourceOf(c, c.DateSource);
            violations.Add(new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
                $"dated {c.Date:yyyy-MM-dd} while S/PV.{number} also holds decisions dated {first:yyyy-MM-dd}",
                ViolationOutcome.Explained, "a meeting that ran past midnight or resumed the next day: both dates kept as the sources give them"));
        }
    }

    /// <summary>
    /// Dates more than a day apart under one meeting symbol, not a day/month swap: the dates come from the UN's files, so
    /// it is a decision's meeting symbol that is the slip when its date falls outside the days of the meetings numbered
    /// around it (S/RES/2113 of 30 July 2013 filed under S/PV.7103, a meeting of January 2014). That symbol is dropped.
    /// Council votes by written procedure (March 2020 to 2021) were announced under one meeting over several days.
    /// </summary>
    private static void AttributeMeetings(int number, List<CanonicalDecision> list, (DateOnly Before, DateOnly After) window, List<InvariantViolation> violations)
    {
        var outside = list.Where(c => c.Date!.Value < window.Before || c.Date!.Value > window.After).ToList();
        foreach (var c in outside.Count < list.Count ? outside : [])
        {
            var p = DecisionMerger.SourceOf(c, c.DateSource);
            violations.Add(new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
                $"filed under S/PV.{number}, whose other decisions and neighbouring meetings are dated {window.Before:yyyy-MM-dd} to {window.After:yyyy-MM-dd}, but dated {c.Date:yyyy-MM-dd}",
                ViolationOutcome.Repaired, "the date (from the UN's files) is kept and the meeting symbol, the slip, is dropped"));
            c.Meeting = null;
        }

        var remaining = list.Where(c => c.Meeting is not null).ToList();
        if (remaining.Select(c => c.Date).Distinct().Count() < 2)
        {
            return;
        }

        var writtenProcedure = remaining.All(c => c.Date!.Value.Year is 2020 or 2021);
        foreach (var c in remaining.Where(c => c.Date != remaining[0].Date))
        {
            var p = DecisionMerger.SourceOf(c, c.DateSource);
            violations.Add(new InvariantViolation(InvariantClass.MeetingDateConflict, c.Key, c.Symbol, null, p.Source, p.File, p.Line,
                $"S/PV.{number} holds decisions dated {remaining[0].Date:yyyy-MM-dd} and {c.Date:yyyy-MM-dd}",
                ViolationOutcome.Explained, writtenProcedure
                    ? "a vote by written procedure (2020-21): the results of several days were announced under one meeting record"
                    : "both dates lie between the meetings numbered before and after, so the record cannot tell which is the slip; both kept as the UN's files give them"));
        }
    }

    private static void RepairByMeetingOrder(SortedDictionary<int, List<CanonicalDecision>> byMeeting, DisagreementLog log, List<InvariantViolation> violations)
    {
        var numbers = byMeeting.Keys.ToList();
        for (var i = 1; i < numbers.Count - 1; i++)
        {
            var list = byMeeting[numbers[i]];
            var before = byMeeting[numbers[i - 1]].Max(c => c.Date!.Value);
            var after = byMeeting[numbers[i + 1]].Min(c => c.Date!.Value);
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
                        Set(c, swapped, $"meetings S/PV.{numbers[i - 1]} ({before:yyyy-MM-dd}) and S/PV.{numbers[i + 1]} ({after:yyyy-MM-dd})", log, violations);
                    }
                }
            }
        }
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
}
