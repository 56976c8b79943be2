using Concord.Questions;
using Concord.Reports.Brief.Sections;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief;

/// <summary>
/// The brief on two states, or on a state and a group: the answer first (a headline verdict, the key judgements with
/// their yardsticks and links to the evidence, what changed in the last twelve months), then one section per forum
/// where it means something for the pair, then the method in an annex. Each section is built from the answers of the
/// same questions as the commands (<c>agree</c>, <c>diverge</c>, <c>sc</c>, <c>vetoes</c>, <c>between</c>, <c>cosponsor</c>, <c>say</c>, <c>events</c>).
/// </summary>
public static class BriefBuilder
{
    /// <summary>The first page keeps this many key judgements, the weightiest.</summary>
    private const int KeyJudgements = 5;

    public static BriefDocument Build(LoadedRecord record, BriefRequest request)
    {
        var ctx = new BriefContext(record, request);
        var annex = new List<string>();
        var sections = new[]
        {
            CouncilSection.Build(ctx, annex),
            AssemblySection.Build(ctx),
            SplitsSection.Build(ctx),
            StandingSection.Build(ctx),
            CosponsorSection.Build(ctx),
            SpeechSection.Build(ctx, annex),
            RegionalSection.Build(ctx, annex),
            BilateralSection.Build(ctx, annex),
        }.OfType<BriefSection>().ToList();

        var doc = new BriefDocument($"{ctx.AtStartA} and {ctx.NameB} in multilateral forums, {ctx.Span}");
        doc.Headline(Verdict.Headline(ctx));
        doc.H(1, "Key judgements");
        doc.Judgements([.. sections.SelectMany(s => s.Judgements).OrderByDescending(j => j.Weight).Take(KeyJudgements).Select(j => j.Point)]);
        var recent = sections.SelectMany(s => s.Recent).ToList();
        doc.H(1, string.Create(BriefContext.Inv, $"What changed in the twelve months to {ctx.LastRecord:d MMM yyyy}"));
        doc.List(recent.Count > 0 ? recent : ["Nothing on record: no vote, veto or event of either in these twelve months."]);
        doc.Note(Names(ctx) + " Voted alike: the share of recorded votes both cast on which they voted the same way, an abstention against a yes or a no counting half (Voeten's agreement). Sources, method and coverage are in the annex at the end.");
        doc.Break();
        foreach (var section in sections)
        {
            doc.Append(section.Body);
        }

        Annex(doc, ctx, sections, annex);
        return doc;
    }

    /// <summary>"Russia is the Russian Federation in UN records; its figures include the USSR's votes before 24 Dec 1991."</summary>
    private static string Names(BriefContext ctx)
    {
        var parts = new List<string>();
        foreach (var s in ctx.B is { } b ? new[] { ctx.A, b } : [ctx.A])
        {
            var prose = ReaderNames.AtStart(s);
            var named = ReaderNames.Label(s) != s.Name ? $"{prose} is \"{s.Name}\" in UN records" : null;
            var before = StateRegistry.Default.SeatPredecessors(s.Code)
                .Select(l => string.Create(BriefContext.Inv, $"the votes of {BriefContext.Prose(l.Predecessor)} before {l.From:d MMM yyyy}")).ToList();
            var include = before.Count > 0 ? $"{(named is null ? prose + "'s" : "its")} figures include {BriefContext.And(before)}" : null;
            var sentence = string.Join("; ", new[] { named, include }.OfType<string>());
            if (sentence.Length > 0)
            {
                parts.Add(sentence + ".");
            }
        }

        if (ctx.Group is { } g)
        {
            parts.Add($"{ReaderNames.AtStart(g)} is the {ReaderNames.GroupFullName(g)}; it stands here for the position of the majority of its members that voted, with its membership as of each vote's date.");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Definitions, sources, coverage and caveats, in one place at the end.</summary>
    private static void Annex(BriefDocument doc, BriefContext ctx, List<BriefSection> sections, List<string> annex)
    {
        doc.H(1, "Annex: sources and method", "method");
        doc.P("Every figure is computed from the record when the brief is written; none is typed in. The yardstick pairs are chosen (the United States and the United Kingdom, France and Germany as allies; the United States and Russia as rivals); their figures, and the median of all pairs of UN members, are computed in the same years as the brief.");
        foreach (var section in sections.Where(s => s.Method.Count > 0))
        {
            doc.H(2, section.Title);
            foreach (var m in section.Method)
            {
                doc.P(m);
            }
        }

        if (annex.Count > 0)
        {
            doc.H(2, "Left out, and why");
            doc.List(annex);
        }

        doc.H(2, "Sources");
        doc.P("UN Digital Library and DGACM voting records (the United Nations is the source); Erik Voeten's General Assembly data (unvotes 0.3.0); the UN Library's Voting Data counts, against which the record is checked; the Dag Hammarskjöld Library and World Politics Data Lab veto lists; a compilation of Security Council draft votes 1994–2025; Bailey, Strezhnev and Voeten's ideal-point estimates (the scale Concord's own are aligned to); regional memberships, declarations and bilateral events from Concord's curated record, a source on every row, and the Multinational Military Exercises, Joint Military Exercises and Russia 2009–2018 exercise datasets. Where sources disagree the UN's own record is kept and the disagreement listed.");
        var (a, b) = (ctx.A.Code, ctx.Request.BCode);
        doc.P(string.Create(BriefContext.Inv, $"To reproduce any figure: concord agree {a} {b} --from {ctx.From} --to {ctx.To}; concord diverge {a} {b}; concord sc {a} {b}; concord vetoes; concord between {a} {b}; concord cosponsor {a} {b}; concord events {a} {b}."));
    }
}
