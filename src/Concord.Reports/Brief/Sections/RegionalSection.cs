using Concord.Forums;
using Concord.Reports.Text;
using Concord.Questions.Forums;

namespace Concord.Reports.Brief.Sections;

/// <summary>Regional forums where at least one of the two is a member, saying so for the other; declarations' key
/// paragraphs only where both belonged to the forum that adopted them. From the curated forum record (each fact with its source).</summary>
internal static class RegionalSection
{
    public static BriefSection? Build(BriefContext ctx, List<string> annex)
    {
        var (a, b) = (ctx.A, ctx.B);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var end = new DateOnly(ctx.To, 12, 31);
        var request = new ForumsQuestion.Request(a.Code, b?.Code, end < today ? end : today, ctx.From, ctx.To, ForumsQuestion.Declarations);
        var answer = ForumsQuestion.Run(ctx.Record.Forums, request);
        var s = new BriefSection("forums", "Regional forums");
        var rows = new List<object?[]>();
        var shared = new List<string>();
        var onlyOne = new List<string>();
        foreach (var f in answer.Forums)
        {
            var name = ForumName(f.Forum);
            if (b is null)
            {
                rows.Add([name, ForumsQuestion.History(f.A)]);
                continue;
            }

            if (f.BothMembersSince is { } since)
            {
                shared.Add($"{name} (since {since})");
            }
            else
            {
                var (member, other, standing) = f.A.Count > 0 ? (a, b, f.A) : (b, a, f.B);
                onlyOne.Add($"{name} ({ReaderNames.InProse(member)} {ForumsQuestion.History(standing)}; {ReaderNames.InProse(other)} not a member)");
            }

            rows.Add([name, ForumsQuestion.History(f.A), ForumsQuestion.History(f.B), f.BothMembersSince?.ToString() ?? "never"]);
        }

        var group = ctx.Group is { } g && answer.ForumsOnRecord.Contains(g.Code) ? g : null;
        if (rows.Count == 0 && group is null)
        {
            annex.Add($"Regional forums: {(b is null ? ReaderNames.AtStart(a) + " is" : $"neither {ReaderNames.InProse(a)} nor {ReaderNames.InProse(b)} is")} a member of any forum on record ({string.Join(", ", answer.ForumsOnRecord)}), so the brief has no section on them.");
            return null;
        }

        s.Body.H(1, "Regional forums", s.Id);
        if (rows.Count > 0)
        {
            s.Body.T(b is null ? ["forum", ctx.LabelA] : ["forum", ctx.LabelA, ctx.LabelB, "both full members since"], rows);
            s.Body.P("A date known only to the month or year is shown so. Roles: member, observer, dialogue partner, partner.");
        }

        if (b is not null)
        {
            var text = (shared.Count > 0 ? $"They sit together as full members in {BriefContext.And(shared)}." : "They share no full membership in the forums on record.")
                + (onlyOne.Count > 0 ? $" Only one of them belongs to {BriefContext.And(onlyOne)}." : "");
            s.Body.P(text);
            s.Judge(45, shared.Count > 0 ? "Members together outside the UN." : "No regional forum in common.", text, "regional forums");
            Declarations(ctx, s, answer);
        }
        else if (group is not null)
        {
            var standing = answer.Forums.FirstOrDefault(f => f.Forum.Code == group.Code);
            var text = standing is null ? $"{ctx.AtStartA} is not a member of {ReaderNames.GroupInProse(group)}." : $"{ctx.AtStartA} in {ReaderNames.GroupInProse(group)}: {ForumsQuestion.History(standing.A)}; its own vote is left out of the majority it is compared with.";
            s.Body.P(text);
            if (standing is not null)
            {
                s.Judge(45, "A member of the group it is compared with.", text, "regional forums");
            }
        }

        s.Method.Add("Regional memberships, declarations and their key paragraphs: Concord's curated record, one row per fact with its source address and the date it was read (the forums question: concord forums A B).");
        return s;
    }

    /// <summary>Positions on the key paragraphs of declarations of forums both belonged to when they were adopted.</summary>
    private static void Declarations(BriefContext ctx, BriefSection s, ForumsQuestion.Answer answer)
    {
        var rows = new List<object?[]>();
        foreach (var d in answer.DeclarationRows)
        {
            var dissenters = d.Dissenters.Select(BriefContext.Prose).Order(StringComparer.Ordinal).ToList();
            rows.Add([d.Declaration.Date.ToString(), d.Declaration.Forum, d.Declaration.Subject, d.APosition?.Position.Label() ?? "not recorded", d.BPosition?.Position.Label() ?? "not recorded", dissenters.Count == 0 ? "none" : BriefContext.And(dissenters)]);
        }

        if (rows.Count == 0)
        {
            return;
        }

        s.Body.H(2, "Summit declarations");
        s.Body.T(["date", "forum", "paragraph", ctx.LabelA, ctx.LabelB, "dissented or left out"], rows);
        var same = rows.Count(r => Equals(r[3], r[4]));
        var dissent = rows.SelectMany(r => ((string)r[5]!).Split(", ")).Where(x => x != "none").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        s.Body.P(string.Create(BriefContext.Inv, $"On the key paragraphs of {rows.Count} summit declarations of forums both belonged to, they took the same position {same} times; dissent or absence came from {(dissent.Count == 0 ? "no member" : BriefContext.And(dissent))}. A state left out of a paragraph that names the states subscribing to it is recorded as dissenting."));
    }

    /// <summary>"Shanghai Cooperation Organisation (SCO)", "BRICS": the short name with the code where it differs.</summary>
    private static string ForumName(RegionalForum forum)
    {
        var name = ForumsQuestion.ShortName(forum);
        return name.Equals(forum.Code, StringComparison.Ordinal) ? name : $"{name} ({forum.Code})";
    }
}
