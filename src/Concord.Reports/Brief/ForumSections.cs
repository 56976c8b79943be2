using System.Globalization;
using Concord.Forums;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>The brief's regional-forum and bilateral sections, from the curated forum record (each fact with its source).</summary>
internal static class ForumSections
{
    private static readonly CultureInfo s_inv = CultureInfo.InvariantCulture;

    /// <summary>Shared memberships over time and the two states' positions on declarations' key paragraphs.</summary>
    public static void Regional(BriefDocument doc, ForumRecord record, State a, State b, List<string> findings)
    {
        doc.H(1, "Regional forums");
        var rows = new List<object?[]>();
        var shared = new List<string>();
        // The P5 is a Council seat, not a forum the two join; the Security Council section covers it.
        foreach (var forum in record.Forums.Where(f => f.Code != "P5"))
        {
            var ma = record.Memberships.Where(m => m.Forum == forum.Code && m.State == a.Code).OrderBy(m => m.From).ToList();
            var mb = record.Memberships.Where(m => m.Forum == forum.Code && m.State == b.Code).OrderBy(m => m.From).ToList();
            if (ma.Count == 0 && mb.Count == 0)
            {
                continue;
            }

            var both = BothMembersSince(ma, mb);
            if (both is { } since)
            {
                shared.Add($"{forum.Code} (since {since})");
            }

            rows.Add([forum.Code, forum.Name, Standing(ma), Standing(mb), both?.ToString() ?? "—"]);
        }

        if (rows.Count == 0)
        {
            doc.P($"Neither {ReaderNames.InProse(a)} nor {ReaderNames.InProse(b)} appears in the forum record (SCO, BRICS, East Asia Summit, CSTO).");
            return;
        }

        doc.T(["forum", "name", a.Code, b.Code, "both full members since"], rows);
        doc.P("Data: Concord's curated membership record, one row per fact with its source; a date known only to the month or year is shown so. Roles: member, observer, dialogue partner, partner.");
        findings.Add(shared.Count > 0
            ? $"Outside the UN they sit together as full members in {string.Join(", ", shared)} (curated record with sources)."
            : $"Outside the UN they share no full membership in the forums on record.");

        var declarations = record.Declarations.OrderBy(d => d.Date).ToList();
        var positionRows = new List<object?[]>();
        foreach (var d in declarations)
        {
            var positions = record.Positions.Where(p => p.Declaration == d.Id && p.Paragraph == d.Paragraph).ToList();
            var pa = positions.FirstOrDefault(p => p.State == a.Code);
            var pb = positions.FirstOrDefault(p => p.State == b.Code);
            if (pa is null && pb is null)
            {
                continue;
            }

            var dissenters = positions.Where(p => p.Position == PositionKind.Dissented).Select(p => p.State).Order(StringComparer.Ordinal);
            positionRows.Add([d.Date.ToString(), d.Forum, d.Subject, pa?.Position.Label() ?? "—", pb?.Position.Label() ?? "—", string.Join(" ", dissenters)]);
        }

        if (positionRows.Count > 0)
        {
            doc.H(2, "Declarations");
            doc.T(["date", "forum", "paragraph", a.Code, b.Code, "dissented or left out"], positionRows);
            doc.P("A state left out of a paragraph that names the states subscribing to it is recorded as dissented. Data: Concord's curated record of summit declarations, each position with its source.");
            var same = positionRows.Count(r => Equals(r[3], r[4]));
            findings.Add(string.Create(s_inv, $"On the key paragraphs of {positionRows.Count} summit declarations on record, {ReaderNames.InProse(a)} and {ReaderNames.InProse(b)} took the same position {same} times; dissent or absence came from {DistinctDissenters(positionRows)}."));
        }
    }

    /// <summary>Joint exercises, patrols, leaders' meetings, treaties and statements with both states, by year and type.</summary>
    public static void Bilateral(BriefDocument doc, ForumRecord record, State a, State b, int from, int to, List<string> findings)
    {
        doc.H(1, "Bilateral ties");
        var events = record.Events
            .Where(e => e.DuplicateOf is null && e.Involves([a.Code, b.Code]) && e.Start.Year >= from && e.Start.Year <= to)
            .OrderBy(e => e.Start)
            .ToList();
        if (events.Count == 0)
        {
            doc.P($"No exercise, patrol, meeting, treaty or joint statement with both {a.Code} and {b.Code} is on record for {from}–{to}.");
            return;
        }

        var first = events.Min(e => e.Start.Year);
        var last = events.Max(e => e.Start.Year);
        // Exercises two ways: those the two held alone, and multinational ones both joined (a 24-state drill is not a tie
        // between them); the other kinds as they are.
        var types = Enum.GetValues<EventKind>().SelectMany(k => k == EventKind.Exercise ? new[] { ExerciseBilateral, ExerciseMultinational } : [k.Label()])
            .Where(t => events.Any(e => TypeOf(e) == t)).ToList();
        var chart = new BriefChart($"Events with both {a.Code} and {b.Code} by year and type", "Events on record")
            .AddStackedBars([.. types.Select(t => (t, (IReadOnlyList<(int, int)>)[.. Enumerable.Range(first, last - first + 1).Select(y => (y, events.Count(e => TypeOf(e) == t && e.Start.Year == y)))]))]);
        doc.C("bilateral-events", chart, string.Create(s_inv, $"Data: Concord's curated record of events, each with its source, and the rows of three exercise datasets that include both states (MME v7 and JME v3 to 2010, the Russia 2009–2018 list), not counted twice (docs/data.md); {first}–{last}. An event counts in the year it began. The record is a short list of sourced facts, not a complete census: years with fewer events on record did not necessarily have fewer events."));
        doc.T(["type", "events", "first", "last", "most in one year"], types.Select(t =>
        {
            var of = events.Where(e => TypeOf(e) == t).ToList();
            return new object?[] { t, of.Count, of[0].Start.ToString(), of[^1].Start.ToString(), Peak(of) };
        }));
        var agreements = events.Where(e => e.Kind is EventKind.Treaty or EventKind.Statement).ToList();
        if (agreements.Count > 0)
        {
            doc.H(2, "Treaties and joint statements");
            doc.T(["date", "title", "place", "source"], agreements.Select(e => new object?[] { e.Start.ToString(), e.Name, e.Place, e.Source.ToString() }));
        }

        var bilateral = events.Where(e => TypeOf(e) == ExerciseBilateral).ToList();
        var multinational = events.Where(e => TypeOf(e) == ExerciseMultinational).ToList();
        var parts = new List<string>();
        if (bilateral.Count > 0)
        {
            parts.Add(string.Create(s_inv, $"{bilateral.Count} bilateral military {(bilateral.Count == 1 ? "exercise" : "exercises")} ({Span(bilateral)}; the most in one year: {Peak(bilateral)})"));
        }

        if (multinational.Count > 0)
        {
            parts.Add(string.Create(s_inv, $"{multinational.Count} multinational {(multinational.Count == 1 ? "exercise" : "exercises")} both took part in ({Span(multinational)}; up to {multinational.Max(e => e.StatesTakingPart)} states)"));
        }

        foreach (var (kind, one, many) in new[] { (EventKind.Patrol, "joint patrol", "joint patrols"), (EventKind.Meeting, "leaders' meeting", "leaders' meetings"), (EventKind.Statement, "joint statement", "joint statements"), (EventKind.Treaty, "treaty", "treaties") })
        {
            var n = events.Count(e => e.Kind == kind);
            if (n > 0)
            {
                parts.Add(string.Create(s_inv, $"{n} {(n == 1 ? one : many)}"));
            }
        }

        findings.Add($"Bilateral ties on record for {ReaderNames.InProse(a)} and {ReaderNames.InProse(b)}: {string.Join(", ", parts)} — a sourced but incomplete list (docs/data.md says what is left out).");
    }

    private const string ExerciseBilateral = "exercise, bilateral";

    private const string ExerciseMultinational = "exercise, multinational";

    /// <summary>The type an event is counted under: an exercise as bilateral or multinational, another kind as itself.</summary>
    private static string TypeOf(BilateralEvent e) =>
        e.Kind != EventKind.Exercise ? e.Kind.Label() : e.IsBilateral ? ExerciseBilateral : ExerciseMultinational;

    private static string Span(List<BilateralEvent> events)
    {
        var (first, last) = (events.Min(e => e.Start.Year), events.Max(e => e.Start.Year));
        return first == last ? first.ToString(s_inv) : string.Create(s_inv, $"{first}–{last}");
    }

    /// <summary>"4 in 2007 and 2024": the largest yearly count and every year that reached it.</summary>
    private static string Peak(List<BilateralEvent> events)
    {
        var byYear = events.GroupBy(e => e.Start.Year).Select(g => (Year: g.Key, Count: g.Count())).ToList();
        var most = byYear.Max(x => x.Count);
        var years = byYear.Where(x => x.Count == most).Select(x => x.Year.ToString(s_inv)).Order(StringComparer.Ordinal).ToList();
        return $"{most} in {(years.Count == 1 ? years[0] : string.Join(", ", years.SkipLast(1)) + " and " + years[^1])}";
    }

    private static string Standing(List<Forums.Membership> ms) =>
        ms.Count == 0 ? "—" : string.Join("; ", ms.Select(m => m.To is { } to ? $"{m.Role.Label()} {m.From}–{to}" : $"{m.Role.Label()} since {m.From}"));

    /// <summary>The first date from which both were full members at the same time (null when never).</summary>
    private static PartialDate? BothMembersSince(List<Forums.Membership> ma, List<Forums.Membership> mb)
    {
        PartialDate? best = null;
        foreach (var x in ma.Where(m => m.Role == MembershipRole.Member))
        {
            foreach (var y in mb.Where(m => m.Role == MembershipRole.Member))
            {
                var start = x.From.CompareTo(y.From) >= 0 ? x.From : y.From;
                var endX = x.To?.First ?? DateOnly.MaxValue;
                var endY = y.To?.First ?? DateOnly.MaxValue;
                if (start.First <= endX && start.First <= endY && (best is null || start.CompareTo(best.Value) < 0))
                {
                    best = start;
                }
            }
        }

        return best;
    }

    private static string DistinctDissenters(List<object?[]> rows)
    {
        var states = rows.SelectMany(r => ((string?)r[5] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return states.Count == 0 ? "no member" : string.Join(", ", states.Select(c => StateRegistry.Default.IsKnownCode(c) ? ReaderNames.InProse(StateRegistry.Default[c]) : c));
    }
}
