using Concord.Analysis.Agreement;
using Concord.Analysis.ChangePoints;
using Concord.Analysis.IdealPoints;
using Concord.Domain;
using Concord.Questions.Agreement;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief.Sections;

/// <summary>The General Assembly: how often the two voted alike, beside the yardsticks, its trend and shifts, by issue
/// area, and (for two states) their positions on the Assembly's main divide. From the <c>agree</c> and <c>ideal</c> questions.</summary>
internal static class AssemblySection
{
    private const int MinVotesForArea = DivergeQuestion.MinVotesToRank;

    public static BriefSection Build(BriefContext ctx)
    {
        var inv = BriefContext.Inv;
        var s = new BriefSection("assembly", "General Assembly");
        var body = s.Body;
        var overall = ctx.Overall;
        var ys = ctx.Yardsticks;
        var level = overall.Agreement;
        body.H(1, "General Assembly", s.Id);
        if (level is null)
        {
            body.P(string.Create(inv, $"{ctx.AtStartA} and {ctx.NameB} shared fewer than {BriefContext.MinN} recorded votes in {ctx.AssemblySpan}: too few to say how often they voted alike."));
            return s;
        }

        var closer = ys.CloserThan is { } c ? string.Create(inv, $"; closer than {BriefContext.Percent(c)} of the {ys.Pairs:N0} {(ctx.IsStatePair ? "pairs of UN members" : "states outside it")}") : "";
        body.P(string.Create(inv, $"{ctx.AtStartA} and {ctx.NameB} voted alike on {BriefContext.Percent(level)} of the {overall.N:N0} recorded votes they both cast in {ctx.AssemblySpan}. Beside pairs a reader knows, in the same years: {ys.InWords()}{closer}."));
        s.Judge(90, Verdict.AssemblyLead(ctx), string.Create(inv, $"They voted alike on {BriefContext.Percent(level)} of {overall.N:N0} recorded votes in {ctx.AssemblySpan}; {ys.InWords()}."), "General Assembly");

        // The trend and the shifts of its level, in words.
        var yearly = ctx.Yearly.Rows.Select(r => (Year: int.Parse(r.Period.Label, inv), r.Scores)).ToList();
        var series = yearly.Where(p => p.Scores.Agreement is not null).ToList();
        var segments = YearlyChangePoints.Find(yearly, x => x.Agreement);
        if (series.Count >= 10)
        {
            // The difference of the printed (rounded) percentages, so that the sentence adds up as the reader sees it.
            var early = Math.Round(series.Take(5).Average(p => p.Scores.Agreement!.Value) * 100, MidpointRounding.AwayFromZero);
            var late = Math.Round(series.TakeLast(5).Average(p => p.Scores.Agreement!.Value) * 100, MidpointRounding.AwayFromZero);
            var change = late - early;
            var (e0, e1, l0, l1) = (series[0].Year, series[4].Year, series[^5].Year, series[^1].Year);
            var lead = Math.Abs(change) < 5 ? "Steady over the years." : change > 0 ? $"Closer than in {e0}–{e1}." : $"Further apart than in {e0}–{e1}.";
            var shifts = segments.Count > 1
                ? " The level shifted in " + BriefContext.And([.. segments.Skip(1).Select((x, i) => string.Create(inv, $"{x.From} ({BriefContext.Percent(segments[i].Mean)} → {BriefContext.Percent(x.Mean)})"))]) + "."
                : segments.Count == 1 ? string.Create(inv, $" No shift in its level over {segments[0].From}–{segments[0].To}.") : "";
            var text = string.Create(inv, $"They voted alike on {early:0}% of votes a year in {e0}–{e1} and {late:0}% in {l0}–{l1} ({(change >= 0 ? "+" : "−")}{Math.Abs(change):0} {(Math.Abs(change) == 1 ? "point" : "points")}).{shifts}");
            body.P(text);
            s.Judge(Math.Abs(change) >= 5 || segments.Count > 1 ? 70 : 35, lead, text, "the yearly chart");
        }

        // The pair by year beside its yardsticks.
        var chart = new BriefChart($"General Assembly: how often {ctx.LabelA} and {NameOrGroup(ctx)} voted alike, by year", "Voted alike (share of votes)")
            .YRange(0, 1.05)
            .Add(ctx.PairLabel, [.. yearly.Select(p => (p.Year, p.Scores.Agreement))]);
        var shade = 0;
        foreach (var y in ys.Named.Where(y => y.ByYear.Count > 0))
        {
            chart.AddYardstick(y.Label, y.ByYear, shade++);
        }

        chart.AddYardstick(ys.Median.Label, ys.Median.ByYear, shade);
        chart.AddSteps($"{ctx.PairLabel}: level between shifts", [.. segments.Select(x => (x.From, x.To, x.Mean))], 0);
        var lastVote = ctx.Assembly.Decisions.Length > 0 ? ctx.Assembly.Decisions[^1].Date : default;
        var partial = ctx.PartialYear(lastVote);
        if (partial is { } py)
        {
            chart.MarkPartial(py, string.Create(inv, $"{py}: partial year (to {lastVote:d MMM})"));
        }

        body.C("ga-agreement", chart, string.Create(inv, $"Data: every recorded General Assembly vote, {ctx.Span}{BriefContext.PartialNote(lastVote, partial)}{ctx.Shortfalls(ctx.From, ctx.To)}. Measure: the share of votes both cast on which they voted alike, an abstention against a yes or a no counting half; years with fewer than {BriefContext.MinN} common votes left out. Grey lines: the yardstick pairs and the median of all pairs that year. Dashed steps: the level of the pair's agreement between the years it shifted."));

        // The reference state: each of the two with a third state the reader sets them against.
        {
            var frame = BriefContext.Frame(Forum.GeneralAssembly, PeriodKind.Year, ctx.From, ctx.To);
            var refName = ReaderNames.Label(ctx.Request.Reference);
            var withRef = new BriefChart($"General Assembly: each with {refName}, by year", "Voted alike (share of votes)")
                .YRange(0, 1.05)
                .Add(ctx.PairLabel, [.. yearly.Select(p => (p.Year, p.Scores.Agreement))])
                .Add($"{ctx.LabelA}–{refName}", [.. ctx.PairByPeriod(ctx.A, ctx.Request.Reference, frame).Select(p => (p.Year, p.Scores.Agreement))]);
            if (ctx.B is { } b)
            {
                withRef.Add($"{ReaderNames.Label(b)}–{refName}", [.. ctx.PairByPeriod(b, ctx.Request.Reference, frame).Select(p => (p.Year, p.Scores.Agreement))]);
            }

            if (partial is { } rp)
            {
                withRef.MarkPartial(rp, string.Create(inv, $"{rp}: partial year"));
            }

            body.C("ga-reference", withRef, string.Create(inv, $"Data and measure as above. {ReaderNames.AtStart(ctx.Request.Reference)} is shown as a third state to set both against; choose another with reference."));
        }

        IssueAreas(ctx, s);
        if (ctx.IsStatePair)
        {
            IdealPoints(ctx, s);
        }

        Recent(ctx, s);
        s.Method.Add($"Agreement (after Voeten): over the recorded votes both states cast, 1 when they voted alike, 0 when one voted yes and the other no, ½ when one abstained; the mean is the share shown. Absences are left out, not counted as disagreement. A state's votes include its predecessor's where it holds the same seat (Russia the USSR's before 24 Dec 1991). {(ctx.IsStatePair ? "" : $"{ReaderNames.AtStart(ctx.Group!)}: the position of the majority of its members that voted, as of each vote's date ({ctx.NameA} left out); a tie has no position. ")}Change points: a least-squares segmentation of the yearly series, penalised so that a shift must be large and lasting to count.");
        return s;
    }

    private static string NameOrGroup(BriefContext ctx) => ctx.B is { } b ? ReaderNames.Label(b) : ReaderNames.GroupLabel(ctx.Group!);

    private static void IssueAreas(BriefContext ctx, BriefSection s)
    {
        var inv = BriefContext.Inv;
        var names = IssueSets.All.ToDictionary(x => x.Code, x => x.Name, StringComparer.Ordinal);
        var issues = ctx.Agreement(BriefContext.Frame(Forum.GeneralAssembly, PeriodKind.Issue, ctx.From, ctx.To)).Rows
            .Select(r => (Name: names[r.Period.Label], Scores: r.Scores))
            .Where(x => x.Scores.Agreement is not null).OrderByDescending(x => x.Scores.Agreement).ToList();
        var readable = issues.Where(x => x.Scores.N >= MinVotesForArea).ToList();
        var thin = issues.Where(x => x.Scores.N < MinVotesForArea).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        if (readable.Count == 0)
        {
            return;
        }

        // The yardstick of each area: how alike the median pair of UN members voted on it, in the same years.
        var codes = IssueSets.All.ToDictionary(x => x.Name, x => x.Code, StringComparer.Ordinal);
        var medians = Yardsticks.MedianByPeriod(ctx.Assembly, ctx.Record.Periods(Forum.GeneralAssembly, true, PeriodKind.Issue, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To));
        s.Body.H(2, "By issue area");
        s.Body.T(["issue area", "votes both cast", "voted alike", "median pair of UN members"], readable.Select(x => new object?[] { x.Name, x.Scores.N, BriefContext.Percent(x.Scores.Agreement), BriefContext.Percent(medians.GetValueOrDefault(codes[x.Name])) }));
        var thinText = thin.Count == 0 ? "" : " Left out for fewer common votes: " + string.Join(", ", thin.Select(x => string.Create(inv, $"{x.Name} ({x.Scores.N})"))) + ".";
        s.Body.P(string.Create(inv, $"Areas with at least {MinVotesForArea} votes both cast.{thinText} A vote can be in several areas."));
        if (readable.Count >= 2)
        {
            var (hi, lo) = (readable[0], readable[^1]);
            s.Judge(60, $"Closest on {IssueAreaProse.InSentence(hi.Name)}, furthest apart on {IssueAreaProse.InSentence(lo.Name)}.",
                string.Create(inv, $"They voted alike on {BriefContext.Percent(hi.Scores.Agreement)} of {hi.Scores.N:N0} votes on {IssueAreaProse.InSentence(hi.Name)} and {BriefContext.Percent(lo.Scores.Agreement)} of {lo.Scores.N:N0} on {IssueAreaProse.InSentence(lo.Name)}."), "issue areas");
        }

        s.Method.Add("Issue areas come from rules on each decision's title, agenda item and the UN's subject terms, written to a labelling standard and scored against hand-labelled resolutions (Concord's methods document gives the rules and their accuracy).");
    }

    private static void IdealPoints(BriefContext ctx, BriefSection s)
    {
        var inv = BriefContext.Inv;
        var set = ctx.Record.IdealPoints;
        var states = new[] { ctx.A, ctx.B!, ctx.Request.Reference };
        var series = states.Select(st => set.ForState(st.Code).Where(p => p.Year >= ctx.From && p.Year <= ctx.To).ToList()).ToArray();
        var distance = set.Distance(ctx.A.Code, ctx.B!.Code).Where(d => d.Year >= ctx.From && d.Year <= ctx.To).ToList();
        if (distance.Count < 2 || series[0].Count == 0 || series[1].Count == 0)
        {
            return;
        }

        var chart = new BriefChart($"General Assembly: positions of {ReaderNames.Label(ctx.A)}, {ReaderNames.Label(ctx.B!)} and {ReaderNames.Label(ctx.Request.Reference)} on its main divide", "Position (the United States positive)");
        for (var i = 0; i < states.Length; i++)
        {
            chart.AddWithBand(ReaderNames.Label(states[i]), [.. series[i].Select(p => (p.Year, p.Position, p.Lower, p.Upper))]);
        }

        var (first, last) = (distance[0], distance[^1]);
        s.Body.H(2, "Positions on the Assembly's main divide");
        var text = string.Create(inv, $"Placed on one scale from all contested votes (an ideal-point model), {ctx.NameA} and {ctx.NameB} stood {first.Distance:0.00} apart in {first.Year} and {last.Distance:0.00} in {last.Year}; {ReaderNames.InProse(ctx.Request.Reference)} stood {Gap(set, ctx.A, ctx.Request.Reference, last.Year)} from {ctx.NameA} that year, and the median pair of UN members {MedianDistance(set, last.Year):0.00} apart.");
        s.Body.P(text);
        s.Body.C("ga-ideal", chart, string.Create(inv, $"Data: every contested recorded General Assembly vote, by regular session (the year it opened), {ctx.Span}. Method: a dynamic ordinal item-response model (yes < abstain < no), each state's positions linked from year to year and recurring resolutions bridging sessions; {IdealPointFitter.ScaleInWords(set)}; shaded: 90% intervals."));
        var apart = last.Distance - first.Distance;
        s.Judge(40, Math.Abs(apart) < 0.1 ? "The distance between them on the Assembly's main divide held." : apart < 0 ? "Nearer each other on the Assembly's main divide." : "Further apart on the Assembly's main divide.", text, "positions");
        s.Method.Add(string.Create(inv, $"Ideal points: {IdealPointFitter.ScaleInWords(set)}."));
    }

    /// <summary>The median distance between two states' positions in a year: the yardstick of a distance.</summary>
    private static double MedianDistance(IdealPointSet set, int year)
    {
        var positions = set.Points.Where(p => p.Year == year).Select(p => p.Position).ToArray();
        var distances = new List<double>(positions.Length * positions.Length / 2);
        for (var i = 0; i < positions.Length; i++)
        {
            for (var j = i + 1; j < positions.Length; j++)
            {
                distances.Add(Math.Abs(positions[i] - positions[j]));
            }
        }

        return Yardsticks.MedianOf(distances) ?? double.NaN;
    }

    private static string Gap(IdealPointSet set, State x, State y, int year) =>
        set.TryGet(x.Code, year, out var px) && set.TryGet(y.Code, year, out var py) ? Math.Abs(px.Position - py.Position).ToString("0.00", BriefContext.Inv) : "an unknown distance";

    /// <summary>The last twelve months against the twelve before.</summary>
    private static void Recent(BriefContext ctx, BriefSection s)
    {
        var inv = BriefContext.Inv;
        var end = ctx.LastRecord;
        var start = ctx.RecentFrom;
        var before = start.AddMonths(-12);
        var matrix = ctx.Yearly.Matrix;
        var rowA = matrix.RowOf(ctx.A.Code);
        var rowB = matrix.RowOf(ctx.Request.BCode);
        var recent = Window(matrix, start, end);
        var prior = Window(matrix, before, start);
        if (recent.Columns.Length == 0)
        {
            return;
        }

        var counts = AllPairsAgreement.OnePair(matrix, [recent, prior], rowA, rowB);
        var (now, then) = (AgreementScores.From(counts[0], BriefContext.MinN).Agreement, AgreementScores.From(counts[1], BriefContext.MinN).Agreement);
        if (now is null)
        {
            return;
        }

        var compare = then is { } t ? string.Create(inv, $" (the twelve months before: {BriefContext.Percent(t)} of {counts[1].N:N0})") : "";
        s.Recent.Add(string.Create(inv, $"General Assembly: they voted alike on {BriefContext.Percent(now)} of {counts[0].N:N0} recorded votes{compare}."));
    }

    private static Period Window(VoteMatrix matrix, DateOnly after, DateOnly through)
    {
        var columns = new List<int>();
        for (var c = 0; c < matrix.Columns; c++)
        {
            var d = matrix.Decisions[c].Date;
            if (d > after && d <= through)
            {
                columns.Add(c);
            }
        }

        return new Period($"{after:yyyy-MM-dd}/{through:yyyy-MM-dd}", [.. columns]);
    }
}
