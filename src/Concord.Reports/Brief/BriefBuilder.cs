using System.Globalization;
using Concord.Analysis.Agreement;
using Concord.Analysis.ChangePoints;
using Concord.Analysis.IdealPoints;
using Concord.Queries.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Reports.Text;
using Concord.States;
using Concord.Store;

namespace Concord.Reports.Brief;

/// <summary>
/// The brief on two states: forum by forum from the most binding (Security Council, General Assembly), findings
/// written from the numbers, each chart stating its data, period and method. Every figure comes from the same
/// queries as the commands (<c>sc</c>, <c>vetoes</c>, <c>agree</c>, <c>diverge</c>).
/// </summary>
public static class BriefBuilder
{
    private const int MinVotesForFinding = Queries.Agreement.DivergeQuestion.MinVotesToRank;

    public static BriefDocument Build(RecordSource record, BriefRequest request)
    {
        var (a, b, reference, from, to) = (request.A, request.B, request.Reference, request.From, request.To);
        var inv = CultureInfo.InvariantCulture;
        // A reference that is one of the pair compares a state with itself: the comparisons are left out instead.
        var hasReference = reference != a && reference != b;
        string nameA = ReaderNames.InProse(a), nameB = ReaderNames.InProse(b), nameRef = ReaderNames.InProse(reference);
        var doc = new BriefDocument($"{ReaderNames.AtStart(a)} and {nameB} in multilateral forums, {from}–{to}");
        var ga = record.Matrix(Forum.GeneralAssembly, true);
        var council = record.Council(true);
        var sc = record.Matrix(Forum.SecurityCouncil, true);
        var findings = new List<string>();

        // General Assembly figures first: the findings at the top rest on them. The same agreement question as
        // `concord agree` and /api/agree, by year and over the whole span, every vote counted, min n 10.
        var byYear = Frame(Forum.GeneralAssembly, PeriodKind.Year, from, to);
        var pairs = hasReference ? new[] { (a, b), (a, reference), (b, reference) } : [(a, b)];
        var scores = pairs.Select(p => Yearly(record, p.Item1, p.Item2, byYear)).ToArray();
        var yearly = scores.Select(s => Pick(s, x => x.Agreement)).ToArray();
        var overall = pairs.Select(p => Yearly(record, p.Item1, p.Item2, byYear with { By = PeriodKind.All }) is [var one] ? one.Scores : default).ToArray();
        var ab = overall[0];
        var kappaText = KappaReading.Readable(ab) is { } k ? k.ToString("0.00", inv) : KappaReading.NotMeaningful;
        var comparison = hasReference ? string.Create(inv, $" For comparison, {nameA} and {nameRef} {overall[1].Agreement:0.00}, {nameB} and {nameRef} {overall[2].Agreement:0.00}.") : "";
        findings.Add(string.Create(inv, $"In the General Assembly {nameA} and {nameB} agreed {ab.Agreement:0.00} on Voeten's scale over {ab.N:N0} common recorded votes ({from}–{to}); chance-corrected (Cohen's kappa) {kappaText}.{comparison}"));
        var series = yearly[0].Where(p => p.Value is not null).ToList();
        var segments = YearlyChangePoints.Find(scores[0], x => x.Agreement);
        if (series.Count >= 10)
        {
            // The difference of the printed (rounded) figures, so that the sentence adds up as the reader sees it.
            var early = Math.Round(series.Take(5).Average(p => p.Value!.Value), 2, MidpointRounding.AwayFromZero);
            var late = Math.Round(series.TakeLast(5).Average(p => p.Value!.Value), 2, MidpointRounding.AwayFromZero);
            var change = late - early;
            findings.Add(string.Create(inv, $"The trend: their agreement averaged {early:0.00} in {series[0].Year}–{series[4].Year} and {late:0.00} in {series[^5].Year}–{series[^1].Year} ({(change >= 0 ? "+" : "−")}{Math.Abs(change):0.00})."));
        }

        if (segments.Count > 1)
        {
            var shifts = segments.Skip(1).Select((s, i) => string.Create(inv, $"{s.From} ({segments[i].Mean:0.00} → {s.Mean:0.00})"));
            findings.Add($"Change points: the level of their agreement shifted in {string.Join(", ", shifts)} (penalised least-squares segmentation of the yearly series, docs/methods.md).");
        }
        else if (segments.Count == 1)
        {
            findings.Add(string.Create(inv, $"Change points: none — their agreement stayed at one level ({segments[0].Mean:0.00}) over {segments[0].From}–{segments[0].To} (penalised least-squares segmentation, docs/methods.md)."));
        }

        // One agreement question by issue area (as `agree --by issue`), read against the area names.
        var names = IssueSets.All.ToDictionary(x => x.Code, x => x.Name, StringComparer.Ordinal);
        var issues = AgreementQuery.Run(record, new AgreementQuery.Request(a, b, null, byYear with { By = PeriodKind.Issue })).Rows
            .Select(r => (Name: names[r.Period.Label], s: r.Scores))
            .Where(x => x.s.Agreement is not null).OrderByDescending(x => x.s.Agreement).ToList();

        // The findings and the table name only areas with enough votes to be read as a pattern; the others are listed by name.
        var readable = issues.Where(x => x.s.N >= MinVotesForFinding).ToList();
        var thin = issues.Where(x => x.s.N < MinVotesForFinding).OrderBy(x => x.Name, StringComparer.Ordinal).ToList();
        if (readable.Count >= 2)
        {
            findings.Add(string.Create(inv, $"By issue area (areas with at least {MinVotesForFinding} common votes) their agreement is highest on {IssueAreaProse.InSentence(readable[0].Name)} ({readable[0].s.Agreement:0.00}, n\u00a0{readable[0].s.N}) and lowest on {IssueAreaProse.InSentence(readable[^1].Name)} ({readable[^1].s.Agreement:0.00}, n\u00a0{readable[^1].s.N})."));
        }

        // Ideal points: the source's (the cached fit, or one fit in memory for the source's lifetime).
        var idealPoints = record.IdealPoints;
        var idealStates = hasReference ? new[] { a, b, reference } : [a, b];
        var idealSeries = idealStates.Select(st => idealPoints.ForState(st.Code).Where(p => p.Year >= from && p.Year <= to).ToList()).ToArray();
        var distance = idealPoints.Distance(a.Code, b.Code).Where(d => d.Year >= from && d.Year <= to).ToList();
        if (distance.Count >= 2 && idealSeries.All(x => x.Count > 0))
        {
            var lastYear = distance[^1].Year;
            string At(State st) => idealPoints.TryGet(st.Code, lastYear, out var p) ? p.Position.ToString("0.00", inv) : "—";
            var refGap = idealPoints.TryGet(reference.Code, lastYear, out var pr) && idealPoints.TryGet(a.Code, lastYear, out var pa) ? Math.Abs(pr.Position - pa.Position).ToString("0.00", inv) : "—";
            var positions = string.Join(", ", idealStates.Select(st => $"{ReaderNames.InProse(st)} {At(st)}"));
            var against = hasReference ? $", against {refGap} between {nameA} and {nameRef}" : "";
            findings.Add(string.Create(inv, $"Ideal points ({IdealPointFitter.ScaleInWords(idealPoints)}; the United States positive): in {lastYear} {positions} {Published(record, lastYear, idealStates)}; the distance between {nameA} and {nameB} was {distance[0].Distance:0.00} in {distance[0].Year} and {distance[^1].Distance:0.00} in {lastYear}{against}."));
        }

        // The diverge question's ranking (as `concord diverge`), over the brief's years.
        var splits = DivergeQuestion.Find(record, new DivergeQuestion.Request(a, b, Forum.GeneralAssembly, IssueSet.None, from, to, 10, "all", 0)).Splits;
        var top = splits.Take(10).ToList();
        var titles = top.ToDictionary(s => s.Decision.DecisionId, s => record.Summary(s.Decision.DecisionId) ?? new DecisionSummaryQuery.Summary(s.Decision.DecisionId, null, null, null));
        if (top.Count > 0)
        {
            var first = top[0];
            findings.Add(string.Create(inv, $"They split on {splits.Count:N0} recorded votes, {splits.Count(s => s.Opposite)} of them yes against no; the most contested: {titles[first.Decision.DecisionId].Symbol} ({first.Decision.Date:yyyy-MM-dd}, \"{titles[first.Decision.DecisionId].Title}\"), {nameA} {first.A.Label()}, {nameB} {first.B.Label()}, tally {first.Tally} (yes-no-abstain)."));
        }

        // Security Council.
        var joint = VetoQuery.List(council, [a.Code, b.Code], joint: true, from, to, null);
        var pattern = CouncilPattern.Compute(council, a.Code, b.Code, CouncilPattern.Grouping.Period, from, to);
        var coAbstentions = pattern.Sum(p => p.Count(PatternKind.CoAbstention));
        if (joint.Count > 0)
        {
            var topics = joint.GroupBy(d => d.Topic).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            findings.Insert(0, string.Create(inv, $"In the Security Council {ReaderNames.WithUnName(a)} and {ReaderNames.WithUnName(b)} cast {joint.Count} joint vetoes in {from}–{to}, the first on {joint[0].Date:d MMM yyyy} ({joint[0].Draft}); by topic: {string.Join(", ", topics)}. They abstained together on {coAbstentions} adopted resolutions."));
        }
        else
        {
            findings.Insert(0, string.Create(inv, $"In the Security Council {ReaderNames.WithUnName(a)} and {ReaderNames.WithUnName(b)} cast no joint veto in {from}–{to}; they abstained together on {coAbstentions} adopted resolutions."));
        }

        // The list is rendered when the document is written, so the forum sections below still add their findings to it.
        doc.H(1, "Findings").List(findings);

        doc.H(1, "Security Council");
        doc.P("The most binding forum: a negative vote by a permanent member vetoes a draft that has the required majority.");
        doc.T(["period", "decisions", "joint vetoes", $"{a.Code} vetoed, {b.Code} abstained", $"{b.Code} vetoed, {a.Code} abstained", "co-abstentions", "split votes", $"{a.Code} alone no", $"{b.Code} alone no"],
            pattern.Select(p => new object?[] { p.Period, p.Decisions, p.Count(PatternKind.JointVeto), p.Describe(PatternKind.AVetoedBAbstained), p.Describe(PatternKind.BVetoedAAbstained), p.Count(PatternKind.CoAbstention), p.Count(PatternKind.SplitVote), p.Count(PatternKind.ALoneNo), p.Count(PatternKind.BLoneNo) }));
        if (joint.Count > 0)
        {
            doc.H(2, "Joint vetoes");
            doc.T(["date", "draft", "topic", "vetoed by", "tally"], joint.Select(d => new object?[] { d.Date, d.Draft ?? d.Symbol, d.Topic, d.VetoedByText, d.Tally?.ToString() }));
        }

        if (sc.TryRowOf(a.Code, out _) && sc.TryRowOf(b.Code, out _))
        {
            var scYears = Frame(Forum.SecurityCouncil, PeriodKind.Year, from, to);
            var chart = new BriefChart($"Security Council: agreement of {a.Code} and {b.Code} by year", "Agreement (1 = always alike)")
                .YRange(0, 1.05)
                .Add($"{a.Code}–{b.Code}", Pick(Yearly(record, a, b, scYears), x => x.Agreement));
            if (hasReference && sc.TryRowOf(reference.Code, out _))
            {
                chart.Add($"{a.Code}–{reference.Code}", Pick(Yearly(record, a, reference, scYears), x => x.Agreement))
                    .Add($"{b.Code}–{reference.Code}", Pick(Yearly(record, b, reference, scYears), x => x.Agreement));
            }

            var scLast = sc.Decisions.Length > 0 ? sc.Decisions[^1].Date : default;
            var scPartial = PartialYear(scLast, to);
            if (scPartial is { } py)
            {
                chart.MarkPartial(py, string.Create(inv, $"{py}: partial year (to {scLast:d MMM})"));
            }

            doc.C("sc-agreement", chart, string.Create(inv, $"Data: every recorded Security Council vote on resolutions and drafts (UN Digital Library, DGACM, drafts 1994–2025), {from}–{to}{PartialNote(scLast, scPartial)}. Method: Voeten agreement (yes 1, abstain ½, no 0; mean of 1 − |x − y|) over votes both cast; years with fewer than 10 common votes omitted."));
        }

        foreach (var note in VetoQuery.CoverageNotes(council))
        {
            doc.P("Coverage: " + note);
        }

        doc.H(1, "General Assembly");
        var gaChart = new BriefChart(hasReference ? $"General Assembly: agreement by year, {a.Code}, {b.Code} and {reference.Code}" : $"General Assembly: agreement by year, {a.Code} and {b.Code}", "Agreement (1 = always alike)")
            .YRange(0, 1.05)
            .Add($"{a.Code}–{b.Code}", yearly[0]);
        if (hasReference)
        {
            gaChart.Add($"{a.Code}–{reference.Code}", yearly[1]).Add($"{b.Code}–{reference.Code}", yearly[2]);
        }

        gaChart.AddSteps($"{a.Code}–{b.Code} level", [.. segments.Select(x => (x.From, x.To, x.Mean))], 0);
        var lastVote = ga.Decisions.Length > 0 ? ga.Decisions[^1].Date : default;
        var gaPartial = PartialYear(lastVote, to);
        if (gaPartial is { } gy)
        {
            gaChart.MarkPartial(gy, string.Create(inv, $"{gy}: partial year (to {lastVote:d MMM})"));
        }

        doc.C("ga-agreement", gaChart, string.Create(inv, $"Data: every recorded General Assembly vote (unvotes 1946–2019, UN Digital Library, DGACM), {from}–{to}{PartialNote(lastVote, gaPartial)}{Shortfalls(record, from, to)}. Method: Voeten agreement over votes both cast (pairwise deletion); Russia includes the USSR before 24 Dec 1991; years with fewer than 10 common votes omitted. Dashed steps: the levels between change points of {a.Code}–{b.Code} agreement (penalised least squares, weighted by votes)."));
        var kappaChart = new BriefChart($"General Assembly: Cohen's kappa by year, {a.Code}–{b.Code}", "Kappa (0 = chance)")
            .Add($"{a.Code}–{b.Code}", Pick(scores[0], x => KappaReading.Readable(x)));
        if (gaPartial is { } ky)
        {
            kappaChart.MarkPartial(ky, $"{ky}: partial year");
        }

        doc.C("ga-kappa", kappaChart, string.Create(inv, $"Data: as above. Method: Cohen's kappa after Häge (2011), squared distance, each state's own vote distribution; {from}–{to}; years in which either state cast one kind of vote {KappaReading.NearUnanimousShare:0%} of the time or more omitted (kappa is not meaningful on near-unanimous votes)."));
        if (idealSeries.Any(x => x.Count > 0))
        {
            var idealChart = new BriefChart($"General Assembly: ideal points of {a.Code}, {b.Code} and {reference.Code}", "Ideal point (BSV scale)");
            foreach (var stateSeries in idealSeries)
            {
                idealChart.AddWithBand(stateSeries.Count > 0 ? stateSeries[0].State : "", [.. stateSeries.Select(p => (p.Year, p.Position, p.Lower, p.Upper))]);
            }

            doc.C("ga-ideal", idealChart, string.Create(inv, $"Data: every contested recorded General Assembly vote, by regular session (the year it opened), {from}–{to}. Method: dynamic ordinal item-response model (yes < abstain < no, a random walk linking each state's years, recurring resolutions bridging sessions), fitted by posterior mode; {IdealPointFitter.ScaleInWords(idealPoints)}; shaded: 90% intervals (docs/methods.md)."));
        }

        doc.H(2, "By issue area");
        doc.T(["issue area", "common votes", "agreement", "kappa"], readable.Select(x => new object?[] { x.Name, x.s.N, x.s.Agreement, KappaReading.IsMeaningful(x.s.Counts) ? x.s.Kappa : KappaReading.NotMeaningful }));
        var thinText = thin.Count == 0 ? "" : " Left out for fewer common votes: " + string.Join(", ", thin.Select(x => string.Create(inv, $"{x.Name} ({x.s.N})"))) + ".";
        doc.P(string.Create(inv, $"Areas with at least {MinVotesForFinding} common votes, as in the findings.{thinText} Kappa is not meaningful where either state cast one kind of vote {KappaReading.NearUnanimousShare:0%} of the time or more: with near-unanimous votes the agreement expected by chance is already close to total, and kappa falls to about 0 however often they agree. Issue areas come from rules on each decision's title, agenda item and UN subject terms; a decision can be in several areas. The rules are described and scored in docs/methods.md."));
        doc.H(2, "Where they split");
        doc.T(["date", "symbol", "title", a.Code, b.Code, "split", "tally"], top.Select(s => new object?[] { s.Decision.Date, titles[s.Decision.DecisionId].Symbol, titles[s.Decision.DecisionId].Title, s.A.Label(), s.B.Label(), s.Opposite ? "opposite" : "one abstained", s.Tally.ToString() }));
        doc.P(string.Create(inv, $"Ranked: yes against no first, then one abstaining; the more divided the Assembly, the higher. Tally: yes-no-abstain. The ten shown of {splits.Count:N0} splits."));

        // Co-sponsorship: the cosponsor question (as `concord cosponsor`), over the sessions whose sponsor lists are on record.
        var cosponsor = Queries.Sponsorship.CosponsorQuestion.Run(record, new Queries.Sponsorship.CosponsorQuestion.Request(a, b, from, to, IssueSet.None, null));
        if (cosponsor.Texts.Count > 0)
        {
            var texts = cosponsor.Texts;
            var (sa, sb, both) = (texts.Count(t => t.ASponsored), texts.Count(t => t.BSponsored), texts.Count(t => t.ASponsored && t.BSponsored));
            doc.H(2, "Co-sponsorship");
            doc.P(string.Create(inv, $"Of {texts.Count:N0} resolutions with sponsor lists on record ({cosponsor.Coverage}), {nameA} sponsored {sa:N0} and {nameB} {sb:N0}; they sponsored {both:N0} together ({(sa + sb - both == 0 ? 0 : (double)both / (sa + sb - both)):0%} of the texts either sponsored). {ReaderNames.AtStart(a)} voted against {texts.Count(t => t.BSponsored && t.VoteA == Domain.Vote.No)} of {nameB}'s texts, {nameB} against {texts.Count(t => t.ASponsored && t.VoteB == Domain.Vote.No)} of {nameA}'s. Their most frequent co-sponsors: {nameA} {string.Join(", ", cosponsor.PartnersOfA.Take(5).Select(p => $"{p.State} ({p.Texts})"))}; {nameB} {string.Join(", ", cosponsor.PartnersOfB.Take(5).Select(p => $"{p.State} ({p.Texts})"))}. A state sponsoring for a group (the Group of 77 and China) is not counted as sponsoring itself. {ThroughGroups(nameA, a.Code, texts.Where(t => t.AThroughGroup).ToList())} {ThroughGroups(nameB, b.Code, texts.Where(t => t.BThroughGroup).ToList())}"));
        }

        BetweenSection(doc, record, a, b, gaPartial is { } partial && partial == to ? to - 1 : to, from, findings);

        var forums = record.Forums;
        ForumSections.Regional(doc, forums, a, b, findings);
        ForumSections.Bilateral(doc, forums, a, b, from, to, findings);
        doc.H(1, "Sources and method");
        doc.P("UN Digital Library and DGACM voting records (acknowledge the United Nations as the source); Erik Voeten's General Assembly data (unvotes 0.3.0); the Dag Hammarskjöld Library and World Politics Data Lab veto lists; a compilation of Council draft votes 1994–2025; Bailey, Strezhnev and Voeten's ideal-point estimates (the yardstick: Concord's ideal points are aligned to their scale and compared with them, and their published figures are quoted beside Concord's); regional memberships, declarations and bilateral events from Concord's curated record, a source on every row (data/curated), and the MME v7, JME v3 and Russia 2009–2018 exercise datasets. Where sources disagree the UN's record is kept and the disagreement listed (concord data check). Formulas: docs/methods.md.");
        return doc;
    }

    /// <summary>
    /// Where every state stands between the two in the last full year of the brief (the <c>between</c> question, as
    /// <c>concord between A B --year Y</c>): a map coloured by the difference and the same figures as sorted bars.
    /// </summary>
    private static void BetweenSection(BriefDocument doc, RecordSource record, State a, State b, int year, int from, List<string> findings)
    {
        if (year < from)
        {
            return;
        }

        var inv = CultureInfo.InvariantCulture;
        var frame = Frame(Forum.GeneralAssembly, PeriodKind.All, year, year) with { Metric = "agree" };
        var answer = BetweenQuestion.Run(record, new BetweenQuestion.Request(a, b, frame, frame.Measures[0]));
        if (answer.Periods.Count != 1 || answer.Rows.Count == 0)
        {
            return;
        }

        var map = Map.BetweenMap.From(answer);
        var ranked = map.Ranked;
        if (ranked.Count == 0)
        {
            return;
        }

        string nameA = ReaderNames.InProse(a), nameB = ReaderNames.InProse(b);
        var shapes = Map.WorldShapes.Default;
        var notDrawn = map.NotDrawn(shapes);
        var absent = map.Entries.Where(e => e.Standing == Map.MapStanding.Absent).Select(e => e.Name).ToList();
        var tooFew = map.Entries.Count(e => e.Standing == Map.MapStanding.TooFew);
        string Top(IEnumerable<Map.MapEntry> entries) => string.Join(", ", entries.Take(3).Select(e => string.Create(inv, $"{e.Name} ({Map.LeanScale.Signed(e.Difference!.Value)})")));
        var leaningA = ranked.Where(e => e.Difference > BetweenQuestion.Even).ToList();
        var leaningB = ranked.Reverse().Where(e => e.Difference < -BetweenQuestion.Even).ToList();
        var (toA, toB) = (leaningA.Count, leaningB.Count);
        var most = (toA > 0 ? $"leaning most to {nameA}: {Top(leaningA)}" : "") + (toA > 0 && toB > 0 ? "; " : "") + (toB > 0 ? $"to {nameB}: {Top(leaningB)}" : "");
        var sentence = string.Create(inv, $"In {year}, {toA} of the {ranked.Count} other states with enough common votes voted more often with {nameA} than with {nameB}, and {toB} more often with {nameB}{(most.Length > 0 ? $" ({most})" : "")}.");
        findings.Add(sentence);
        doc.H(2, $"Where every state stands between {nameA} and {nameB}");
        doc.P(sentence + (absent.Count > 0 ? $" UN members with no recorded vote in {year}: {string.Join(", ", absent)}." : "") + (tooFew > 0 ? $" {tooFew} state{(tooFew == 1 ? "" : "s")} shared too few votes with one of the two to be placed." : ""));
        var caption = string.Create(inv, $"Data: every recorded General Assembly vote of {year} (UN Digital Library, DGACM){Shortfalls(record, year, year)}. Method: each state's Voeten agreement with {nameA} and with {nameB} over the votes they both cast (at least {frame.MinN}); the colour is the difference, with {nameA} minus with {nameB}, in fixed classes (the same for every year and pair). Shapes: Natural Earth 1:50m (world-atlas 2.0.2), Natural Earth projection; areas without a UN seat of their own in grey.{(notDrawn.Count > 0 ? $" Not on the map, having no shape of its own at this scale (a small island state, or a state that no longer exists): {string.Join(", ", notDrawn.Select(e => e.Name))}." : "")} Every figure: concord between {a.Code} {b.Code} --year {year}.");
        doc.F("between-map", $"Where every state stands between {nameA} and {nameB}, General Assembly {year}", Map.BetweenMapSvg.Render(map, shapes), caption);
        doc.F("between-bars", $"The same as sorted bars: {ReaderNames.InProse(a)} or {nameB}, {year}", Map.BetweenBarsSvg.Render(map, shapes), string.Create(inv, $"Data: every recorded General Assembly vote of {year}, as for the map{Shortfalls(record, year, year)}. Method: every state placed on the map, sorted by the difference in agreement (with {nameA} minus with {nameB}); bars to the left lean to {nameA}, to the right to {nameB}."));
    }

    /// <summary>Bailey, Strezhnev and Voeten's published positions for the year, as read from their file, to set beside Concord's.</summary>
    /// <summary>The year of the last record when the record stops before that year's end and the brief reaches it; else null.</summary>
    /// <summary>"China sponsored 162 more texts only as a member of a group that sponsored them (the Group of 77 and China
    /// 162)." or "Russia sponsored none only as a member of a group that sponsored them."</summary>
    private static string ThroughGroups(string name, string code, IReadOnlyList<Queries.Sponsorship.CosponsorQuestion.Text> texts)
    {
        if (texts.Count == 0)
        {
            return $"{name} sponsored none only as a member of a group that sponsored them.";
        }

        var byGroup = texts.SelectMany(t => t.Groups.Where(g => Sponsorships.SponsorGroups.IsMember(g, code, t.Date)))
            .GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"the {Sponsorships.SponsorGroups.NameOf(g.Key)} {g.Count():N0}"));
        return string.Create(CultureInfo.InvariantCulture, $"{name} sponsored {texts.Count:N0} more only as a member of a group that sponsored them ({string.Join(", ", byGroup)}).");
    }

    private static int? PartialYear(DateOnly last, int to) =>
        last != default && last.Year == to && last < new DateOnly(last.Year, 12, 31) ? last.Year : null;

    private static string PartialNote(DateOnly last, int? partial) =>
        partial is { } y ? string.Create(CultureInfo.InvariantCulture, $"; the last vote on record is of {last:d MMM yyyy}, so {y} is a partial year (shaded)") : "";

    private static string Published(RecordSource record, int year, params State[] states)
    {
        var published = record.BriefQuery(IdealPointFitter.ReadReference);
        if (!states.Any(s => published.ContainsKey((s.Code, year))))
        {
            return string.Create(CultureInfo.InvariantCulture, $"(BSV publish no estimate for {year})");
        }

        var figures = states.Select(s => published.TryGetValue((s.Code, year), out var x) ? $"{ReaderNames.InProse(s)} {x.ToString("0.00", CultureInfo.InvariantCulture)}" : $"{ReaderNames.InProse(s)} —");
        return string.Create(CultureInfo.InvariantCulture, $"(BSV's published estimates for {year}: {string.Join(", ", figures)})");
    }

    /// <summary>The brief's frame: every recorded vote, predecessors joined, min n 10, every measure.</summary>
    private static AgreementFrame Frame(Forum forum, PeriodKind by, int from, int to) =>
        new(forum, true, by, AgreementConvention.All, IssueSet.None, from, to, 10, "all");

    /// <summary>"; the record lacks some votes of session 80 (155 of the 159 ...)" where the frame holds a session whose record
    /// falls short of the UN Library's count, so that "every recorded vote" is never said of a record that lacks some.</summary>
    private static string Shortfalls(RecordSource record, int from, int to)
    {
        var gaps = record.AssemblyShortfalls(from, to);
        return gaps.Count == 0 ? "" : "; the record lacks some votes of " + string.Join(" and of ", gaps.Select(g => g.Describe()));
    }

    /// <summary>Every measure of one pair by period, from the agreement question; empty when either cast no vote in the forum.</summary>
    private static List<(int Year, AgreementScores Scores)> Yearly(RecordSource record, State x, State y, AgreementFrame frame)
    {
        var m = record.Matrix(frame.Forum, frame.MergePredecessors);
        if (!m.TryRowOf(x.Code, out _) || !m.TryRowOf(y.Code, out _))
        {
            return [];
        }

        return AgreementQuery.Run(record, new AgreementQuery.Request(x, y, null, frame)).Rows
            .Select(r => (frame.By == PeriodKind.Year ? int.Parse(r.Period.Label, CultureInfo.InvariantCulture) : 0, r.Scores)).ToList();
    }

    private static List<(int Year, double? Value)> Pick(List<(int Year, AgreementScores Scores)> yearly, Func<AgreementScores, double?> measure) =>
        yearly.Select(p => (p.Year, measure(p.Scores))).ToList();
}
