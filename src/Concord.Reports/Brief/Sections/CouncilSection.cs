using Concord.Questions.Council;
using Concord.Questions.Forums;
using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief.Sections;

/// <summary>The Security Council, where it means something for the pair: vetoes for permanent members only, joint vetoes
/// only where both hold a permanent seat, votes together only in the years both sat. From the <c>sc</c> and <c>vetoes</c> questions.</summary>
internal static class CouncilSection
{
    /// <summary>The section, or null when neither state sat on the Council in the frame (the annex says so).</summary>
    public static BriefSection? Build(BriefContext ctx, List<string> annex)
    {
        var inv = BriefContext.Inv;
        var a = ctx.A;
        if (ctx.B is not { } b)
        {
            return null;
        }

        // Who sat when (the members question) and the pair's pattern (the sc question): the typed answers the CLI and API render.
        var seats = MembersQuestion.Run(ctx.Record, new MembersQuestion.Request(MembersQuestion.Council, null, null, MembersOnly: false)).CouncilSeats!
            .Where(m => m.Year >= ctx.From && m.Year <= ctx.To).ToList();
        var seatsA = Seats(seats, a);
        var seatsB = Seats(seats, b);
        var (permA, permB) = (ctx.IsPermanent(a), ctx.IsPermanent(b));
        var sc = ScQuestion.Run(ctx.Record, new ScQuestion.Request(a, b, CouncilPattern.Grouping.Period, ctx.From, ctx.To, IssueSet.None, MergePredecessors: true));
        var pattern = sc.Groups;
        var together = pattern.Sum(p => p.BothVoted);
        if (together == 0 && !permA && !permB)
        {
            annex.Add($"Security Council: {SeatsInWords(ctx, a, seatsA, permA)}; {SeatsInWords(ctx, b, seatsB, permB)}. They never sat on the Council together in {ctx.Span}, so the brief has no Council section.");
            return null;
        }

        var s = new BriefSection("council", "Security Council");
        var body = s.Body;
        body.H(1, "Security Council", s.Id);
        body.P($"The most binding forum: its resolutions bind every member state, and a negative vote by a permanent member vetoes a draft that has the required majority. {ReaderNames.Capitalise(SeatsInWords(ctx, a, seatsA, permA))}; {SeatsInWords(ctx, b, seatsB, permB)}.");
        var joint = ctx.Vetoes.Where(d => d.Vetoers.Contains(a.Code) && d.Vetoers.Contains(b.Code)).ToList();
        var aloneA = ctx.Vetoes.Where(d => d.Vetoers.Contains(a.Code) && !d.Vetoers.Contains(b.Code)).ToList();
        var aloneB = ctx.Vetoes.Where(d => d.Vetoers.Contains(b.Code) && !d.Vetoers.Contains(a.Code)).ToList();

        if (together > 0)
        {
            // Columns that mean something for this pair: vetoes only for permanent members, joint vetoes only for two.
            var columns = new List<string> { "years", "decisions both voted on" };
            if (permA && permB)
            {
                columns.Add("vetoed together");
            }

            if (permA)
            {
                columns.Add($"{ctx.LabelA} vetoed, {ReaderNames.Label(b)} abstained");
            }

            if (permB)
            {
                columns.Add($"{ReaderNames.Label(b)} vetoed, {ctx.LabelA} abstained");
            }

            columns.AddRange(["abstained together", "one yes, one no", $"{ctx.LabelA} the only no", $"{ReaderNames.Label(b)} the only no"]);
            var rows = pattern.Where(p => p.BothVoted > 0).Select(p =>
            {
                var row = new List<object?> { p.FirstYear == p.LastYear ? p.FirstYear.ToString(inv) : string.Create(inv, $"{p.FirstYear}–{p.LastYear}"), p.BothVoted };
                if (permA && permB)
                {
                    row.Add(p.Count(PatternKind.JointVeto));
                }

                if (permA)
                {
                    row.Add(p.Describe(PatternKind.AVetoedBAbstained));
                }

                if (permB)
                {
                    row.Add(p.Describe(PatternKind.BVetoedAAbstained));
                }

                row.AddRange([p.Count(PatternKind.CoAbstention), p.Count(PatternKind.SplitVote), p.Count(PatternKind.ALoneNo), p.Count(PatternKind.BLoneNo)]);
                return row.ToArray();
            });
            body.T(columns, rows);
            body.P("Years: the periods Concord compares the Council in (1992–2000, 2001–2012, 2013–2021, from 2022), each cut to the years of the brief that have decisions on record. Abstained together: both abstained on a resolution that was adopted. The only no: the one member to vote no.");
            Chart(ctx, s);
        }
        else
        {
            body.P($"They never sat on the Council together in {ctx.Span}: no vote of theirs can be compared there.");
        }

        if (permA && permB)
        {
            if (joint.Count > 0)
            {
                body.H(2, "Vetoed together");
                body.T(["date", "draft", "topic", "vetoed by", "votes (yes-no-abstain)"], joint.Select(d => new object?[] { d.Date, Document(d), d.Topic, Vetoers(d), d.Tally?.ToString() }));
                var topics = joint.GroupBy(d => d.Topic).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => string.Create(inv, $"{g.Key} {g.Count()}")).ToList();
                s.Judge(95, $"Partners where a veto counts: {joint.Count} joint {(joint.Count == 1 ? "veto" : "vetoes")} in the Security Council.",
                    string.Create(inv, $"The first on {joint[0].Date:d MMM yyyy}, the last on {joint[^1].Date:d MMM yyyy}; by topic: {string.Join(", ", topics)}. Alone, {ctx.NameA} cast {aloneA.Count} and {ctx.NameB} {aloneB.Count} in the same years."), "Security Council");
            }
            else
            {
                s.Judge(80, "Never vetoed together.", string.Create(inv, $"In {ctx.Span} {ctx.NameA} cast {aloneA.Count} {(aloneA.Count == 1 ? "veto" : "vetoes")} and {ctx.NameB} {aloneB.Count}, none of them together."), "Security Council");
            }
        }
        else if (permA || permB)
        {
            var (holder, other, alone) = permA ? (a, b, aloneA) : (b, a, aloneB);
            var seated = alone.Where(d => d.Votes.ContainsKey(other.Code) && d.VoteOf(other.Code) != Vote.Absent).ToList();
            var text = seated.Count == 0
                ? string.Create(inv, $"{ReaderNames.AtStart(holder)} cast {alone.Count} {(alone.Count == 1 ? "veto" : "vetoes")} in {ctx.Span}; {ReaderNames.InProse(other)}, an elected member at most, voted on none of them.")
                : string.Create(inv, $"{ReaderNames.AtStart(holder)} cast {alone.Count} {(alone.Count == 1 ? "veto" : "vetoes")} in {ctx.Span}; {ReaderNames.InProse(other)} sat on the Council for {seated.Count} of them and voted yes on {seated.Count(d => d.VoteOf(other.Code) == Vote.Yes)}, abstained on {seated.Count(d => d.VoteOf(other.Code) == Vote.Abstain)} and voted no on {seated.Count(d => d.VoteOf(other.Code) == Vote.No)}.");
            body.P(text + " Only a permanent member can veto.");
            if (together > 0)
            {
                s.Judge(55, "In the Security Council, only one of them holds a veto.", text, "Security Council");
            }
        }

        // The last twelve months: vetoes cast by either.
        var start = ctx.RecentFrom;
        var recent = ctx.Vetoes.Where(d => d.Date > start).ToList();
        if (recent.Count > 0)
        {
            s.Recent.Add("Security Council vetoes: " + string.Join("; ", recent.Select(d => string.Create(inv, $"{d.Draft ?? d.Symbol} on {d.Topic} ({d.Date:d MMM yyyy}), vetoed by {BriefContext.And([.. d.Vetoers.Select(BriefContext.Prose)])}"))) + ".");
        }
        else if (permA || permB)
        {
            s.Recent.Add(string.Create(inv, $"Security Council: no veto by {(permA && permB ? "either" : ReaderNames.InProse(permA ? a : b))} since {start:d MMM yyyy}."));
        }

        foreach (var note in sc.CoverageNotes)
        {
            s.Method.Add("Coverage: " + note);
        }

        s.Method.Add("Security Council votes: every recorded vote on resolutions and drafts (UN Digital Library, DGACM; vetoed and failed drafts from 1994 from a compilation of draft votes); vetoes from the Dag Hammarskjöld Library's veto list. A vetoed amendment is counted apart from vetoed drafts.");
        return s;
    }

    private static void Chart(BriefContext ctx, BriefSection s)
    {
        var inv = BriefContext.Inv;
        var frame = BriefContext.Frame(Forum.SecurityCouncil, PeriodKind.Year, ctx.From, ctx.To);
        var pair = ctx.PairByPeriod(ctx.A, ctx.B!, frame);
        if (pair.Count(p => p.Scores.Agreement is not null) < 2)
        {
            return;
        }

        var chart = new BriefChart($"Security Council: how often {ctx.LabelA} and {ReaderNames.Label(ctx.B!)} voted alike, by year", "Voted alike (share of votes)")
            .YRange(0, 1.05)
            .Add(ctx.PairLabel, [.. pair.Select(p => (p.Year, p.Scores.Agreement))]);
        // The yardstick: the median pair of the Council's fifteen members that year.
        var years = ctx.Record.Periods(Forum.SecurityCouncil, true, PeriodKind.Year, AgreementConvention.All, IssueSet.None, ctx.From, ctx.To);
        var medians = Yardsticks.MedianByPeriod(ctx.Record.Matrix(Forum.SecurityCouncil, true), years);
        chart.AddYardstick("median pair of Council members", [.. medians.Select(m => (int.Parse(m.Key, inv), m.Value))], 0);
        var council = ctx.Council;
        var last = council.Decisions.Count > 0 ? council.Decisions.Max(d => d.Date) : default;
        var partial = ctx.PartialYear(last);
        if (partial is { } py)
        {
            chart.MarkPartial(py, string.Create(inv, $"{py}: partial year (to {last:d MMM})"));
        }

        s.Body.C("sc-agreement", chart, string.Create(inv, $"Data: every recorded Security Council vote on resolutions and drafts in the years both sat, {ctx.Span}{BriefContext.PartialNote(last, partial)}. Measure: the share of votes both cast on which they voted alike, an abstention counting half; years with fewer than {BriefContext.MinN} common votes left out. Grey: the median pair of the Council's members that year."));
    }

    private static object Document(CouncilDecision d) =>
        (d.Draft ?? d.Symbol) is { } symbol ? new BriefLink(symbol, BriefDocument.UnDocument(symbol)) : d.Label;

    private static string Vetoers(CouncilDecision d) => BriefContext.And([.. d.Vetoers.Select(BriefContext.Prose)]);

    /// <summary>The years a state cast Council votes in the frame.</summary>
    private static List<int> Seats(IReadOnlyList<CouncilTerms.Member> seats, State s) =>
        [.. seats.Where(m => m.State == s.Code && m.Votes > 0).Select(m => m.Year).Distinct().Order()];

    private static string SeatsInWords(BriefContext ctx, State s, List<int> years, bool permanent)
    {
        var name = ReaderNames.InProse(s);
        if (permanent)
        {
            return $"{name} holds a permanent seat";
        }

        return years.Count == 0 ? $"{name} did not sit on the Council in {ctx.Span}" : $"{name} sat as an elected member in {Ranges(years)}";
    }

    /// <summary>"1996–1997 and 2011–2012".</summary>
    private static string Ranges(List<int> years)
    {
        var parts = new List<string>();
        var start = years[0];
        for (var i = 1; i <= years.Count; i++)
        {
            if (i == years.Count || years[i] != years[i - 1] + 1)
            {
                var end = years[i - 1];
                parts.Add(start == end ? start.ToString(BriefContext.Inv) : string.Create(BriefContext.Inv, $"{start}–{end}"));
                if (i < years.Count)
                {
                    start = years[i];
                }
            }
        }

        return BriefContext.And(parts);
    }
}
