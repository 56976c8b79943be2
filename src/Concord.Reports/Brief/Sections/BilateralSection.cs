using Concord.Forums;

namespace Concord.Reports.Brief.Sections;

/// <summary>Joint exercises, patrols, leaders' meetings, treaties and statements with both states, by year and type.
/// From the curated event record and the exercise datasets (the <c>events</c> question).</summary>
internal static class BilateralSection
{
    private const string ExerciseBilateral = "exercise, bilateral";

    private const string ExerciseMultinational = "exercise, multinational";

    public static BriefSection? Build(BriefContext ctx, List<string> annex)
    {
        var inv = BriefContext.Inv;
        if (ctx.B is not { } b)
        {
            return null;
        }

        var (a, nameA, nameB) = (ctx.A, ctx.NameA, ctx.NameB);
        var events = ctx.Record.Forums.Events
            .Where(e => e.DuplicateOf is null && e.Involves([a.Code, b.Code]) && e.Start.Year >= ctx.From && e.Start.Year <= ctx.To)
            .OrderBy(e => e.Start)
            .ToList();
        if (events.Count == 0)
        {
            annex.Add($"Bilateral ties: no exercise, patrol, leaders' meeting, treaty or joint statement with both {nameA} and {nameB} is on record for {ctx.Span}, so the brief has no section on them (the record is a sourced list, not a census).");
            return null;
        }

        var s = new BriefSection("ties", "Bilateral ties");
        s.Body.H(1, "Bilateral ties", s.Id);
        var first = events.Min(e => e.Start.Year);
        var last = events.Max(e => e.Start.Year);
        // Exercises two ways: those the two held alone, and multinational ones both joined (a 24-state drill is not a tie
        // between them); the other kinds as they are.
        var types = Enum.GetValues<EventKind>().SelectMany(k => k == EventKind.Exercise ? new[] { ExerciseBilateral, ExerciseMultinational } : [k.Label()])
            .Where(t => events.Any(e => TypeOf(e) == t)).ToList();
        var chart = new BriefChart($"Events with both {ctx.LabelA} and {ctx.LabelB}, by year and type", "Events on record")
            .AddStackedBars([.. types.Select(t => (t, (IReadOnlyList<(int, int)>)[.. Enumerable.Range(first, last - first + 1).Select(y => (y, events.Count(e => TypeOf(e) == t && e.Start.Year == y)))]))]);
        var parts = new List<string>();
        var bilateral = events.Where(e => TypeOf(e) == ExerciseBilateral).ToList();
        var multinational = events.Where(e => TypeOf(e) == ExerciseMultinational).ToList();
        if (bilateral.Count > 0)
        {
            parts.Add(string.Create(inv, $"{bilateral.Count} bilateral military {(bilateral.Count == 1 ? "exercise" : "exercises")} ({Span(bilateral)}; the most in one year: {Peak(bilateral)})"));
        }

        if (multinational.Count > 0)
        {
            parts.Add(string.Create(inv, $"{multinational.Count} multinational {(multinational.Count == 1 ? "exercise" : "exercises")} both took part in ({Span(multinational)}; up to {multinational.Max(e => e.StatesTakingPart)} states)"));
        }

        foreach (var (kind, one, many) in new[] { (EventKind.Patrol, "joint patrol", "joint patrols"), (EventKind.Meeting, "leaders' meeting", "leaders' meetings"), (EventKind.Statement, "joint statement", "joint statements"), (EventKind.Treaty, "treaty", "treaties") })
        {
            var n = events.Count(e => e.Kind == kind);
            if (n > 0)
            {
                parts.Add(string.Create(inv, $"{n} {(n == 1 ? one : many)}"));
            }
        }

        var text = $"On record for {ctx.Span}: {BriefContext.And(parts)}.";
        s.Body.P(text + " The record is a list of sourced facts, not a complete census: a year with fewer events on record did not necessarily have fewer events.");
        s.Body.C("bilateral-events", chart, string.Create(inv, $"Data: Concord's curated record of events, each with its source, and the rows of three exercise datasets that include both states (the Multinational Military Exercises and Joint Military Exercises datasets to 2010, a list of Russia's exercises 2009–2018), not counted twice; {first}–{last}. An event counts in the year it began."));
        s.Body.T(["type", "events", "first", "last", "most in one year"], types.Select(t =>
        {
            var of = events.Where(e => TypeOf(e) == t).ToList();
            return new object?[] { t, of.Count, of[0].Start.ToString(), of[^1].Start.ToString(), Peak(of) };
        }));
        var agreements = events.Where(e => e.Kind is EventKind.Treaty or EventKind.Statement).ToList();
        if (agreements.Count > 0)
        {
            s.Body.H(2, "Treaties and joint statements");
            s.Body.T(["date", "title", "place", "source"], agreements.Select(e => new object?[] { e.Start.ToString(), e.Name, e.Place, e.Source.ToString() }));
        }

        s.Judge(bilateral.Count > 0 || events.Any(e => e.Kind == EventKind.Treaty) ? 65 : 25, bilateral.Count > 0 ? "Military ties on record." : "Ties on record.", text, "bilateral ties");
        var start = ctx.RecentFrom;
        var recent = events.Where(e => e.Start.First > start).ToList();
        if (recent.Count > 0)
        {
            s.Recent.Add("Bilateral events on record: " + string.Join("; ", recent.Select(e => $"{e.Name} ({TypeOf(e)}, {e.Start})")) + ".");
        }

        s.Method.Add("Bilateral ties: Concord's curated record of exercises, patrols, leaders' meetings, treaties and joint statements (each row with its source) and three exercise datasets; what is left out is listed in the data documentation.");
        return s;
    }

    /// <summary>The type an event is counted under: an exercise as bilateral or multinational, another kind as itself.</summary>
    private static string TypeOf(BilateralEvent e) =>
        e.Kind != EventKind.Exercise ? e.Kind.Label() : e.IsBilateral ? ExerciseBilateral : ExerciseMultinational;

    private static string Span(List<BilateralEvent> events)
    {
        var (first, last) = (events.Min(e => e.Start.Year), events.Max(e => e.Start.Year));
        return first == last ? first.ToString(BriefContext.Inv) : string.Create(BriefContext.Inv, $"{first}–{last}");
    }

    /// <summary>"4 in 2007 and 2024": the largest yearly count and every year that reached it.</summary>
    private static string Peak(List<BilateralEvent> events)
    {
        var byYear = events.GroupBy(e => e.Start.Year).Select(g => (Year: g.Key, Count: g.Count())).ToList();
        var most = byYear.Max(x => x.Count);
        var years = byYear.Where(x => x.Count == most).Select(x => x.Year.ToString(BriefContext.Inv)).Order(StringComparer.Ordinal).ToList();
        return $"{most} in {BriefContext.And(years)}";
    }
}
