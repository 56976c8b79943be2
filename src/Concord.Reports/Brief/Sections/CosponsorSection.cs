using Concord.Analysis.Agreement;
using Concord.Questions.Sponsorship;
using Concord.Sponsorships;

namespace Concord.Reports.Brief.Sections;

/// <summary>Who drafts with whom: the texts the two sponsored together, or one sponsored and the other voted against.
/// From the <c>cosponsor</c> question, over the sessions whose sponsor lists are on record.</summary>
internal static class CosponsorSection
{
    public static BriefSection? Build(BriefContext ctx)
    {
        var inv = BriefContext.Inv;
        if (ctx.B is not { } b)
        {
            return null;
        }

        var answer = CosponsorQuestion.Run(ctx.Record, new CosponsorQuestion.Request(ctx.A, b, ctx.From, ctx.To, IssueSet.None, null));
        var texts = answer.Texts;
        if (texts.Count == 0)
        {
            return null;
        }

        var (nameA, nameB) = (ctx.NameA, ctx.NameB);
        var (sa, sb, both) = (texts.Count(t => t.ASponsored), texts.Count(t => t.BSponsored), texts.Count(t => t.ASponsored && t.BSponsored));
        var either = sa + sb - both;
        var share = either == 0 ? 0 : (double)both / either;
        var (againstB, againstA) = (texts.Count(t => t.BSponsored && t.VoteA == Domain.Vote.No), texts.Count(t => t.ASponsored && t.VoteB == Domain.Vote.No));
        var s = new BriefSection("cosponsorship", "Drafting together");
        s.Body.H(1, "Drafting together: co-sponsorship in the General Assembly", s.Id);
        var partnersA = BriefContext.And([.. answer.PartnersOfA.Take(5).Select(p => string.Create(inv, $"{BriefContext.Prose(p.State)} ({p.Texts})"))]);
        var partnersB = BriefContext.And([.. answer.PartnersOfB.Take(5).Select(p => string.Create(inv, $"{BriefContext.Prose(p.State)} ({p.Texts})"))]);
        var text = string.Create(inv, $"Of {texts.Count:N0} resolutions with sponsor lists on record ({answer.Coverage}), {nameA} sponsored {sa:N0} and {nameB} {sb:N0}; they sponsored {both:N0} together ({BriefContext.Percent(share)} of the texts either sponsored). {ctx.AtStartA} voted against {againstB} of {nameB}'s texts, {nameB} against {againstA} of {nameA}'s.");
        s.Body.P(text);
        s.Body.T(["", "texts sponsored", "their most frequent co-sponsors (texts)"], [[ctx.LabelA, sa, partnersA], [ctx.LabelB, sb, partnersB]]);
        s.Body.P($"{ThroughGroups(nameA, ctx.A.Code, [.. texts.Where(t => t.AThroughGroup)])} {ThroughGroups(nameB, b.Code, [.. texts.Where(t => t.BThroughGroup)])}");
        s.Judge(35, both == 0 ? "They never draft together." : share >= 0.5 ? "They draft together." : "They seldom draft together.", text, "co-sponsorship");
        s.Method.Add("Co-sponsorship: the sponsor lists the UN Digital Library holds for resolutions of recent sessions; a state sponsoring for a group (the Group of 77 and China) is not counted as sponsoring itself.");
        return s;
    }

    /// <summary>"China sponsored 162 more only as a member of a group that sponsored them (the Group of 77 and China 162)."</summary>
    private static string ThroughGroups(string name, string code, IReadOnlyList<CosponsorQuestion.Text> texts)
    {
        if (texts.Count == 0)
        {
            return $"{Text.ReaderNames.Capitalise(name)} sponsored none only as a member of a group that sponsored them.";
        }

        var byGroup = texts.SelectMany(t => t.Groups.Where(g => SponsorGroups.IsMember(g, code, t.Date)))
            .GroupBy(g => g, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(BriefContext.Inv, $"the {SponsorGroups.NameOf(g.Key)} {g.Count():N0}"));
        return string.Create(BriefContext.Inv, $"{Text.ReaderNames.Capitalise(name)} sponsored {texts.Count:N0} more only as a member of a group that sponsored them ({string.Join(", ", byGroup)}).");
    }
}
