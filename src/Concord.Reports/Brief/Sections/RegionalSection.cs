using Concord.Forums;
using Concord.Reports.Text;
using Concord.States;

namespace Concord.Reports.Brief.Sections;

/// <summary>Regional forums where at least one of the two is a member, saying so for the other; declarations' key
/// paragraphs only where both belonged to the forum that adopted them. From the curated forum record (each fact with its source).</summary>
internal static class RegionalSection
{
    public static BriefSection? Build(BriefContext ctx, List<string> annex)
    {
        var record = ctx.Record.Forums;
        var s = new BriefSection("forums", "Regional forums");
        var (a, b) = (ctx.A, ctx.B);
        var rows = new List<object?[]>();
        var shared = new List<string>();
        var onlyOne = new List<string>();
        // The P5 is a Council seat, not a forum the two join; the Security Council section covers it.
        foreach (var forum in record.Forums.Where(f => f.Code != "P5"))
        {
            var ma = Of(record, forum.Code, a.Code);
            var mb = b is null ? [] : Of(record, forum.Code, b.Code);
            var isGroup = ctx.Group?.Code == forum.Code;
            if (ma.Count == 0 && mb.Count == 0 && !isGroup)
            {
                continue;
            }

            var name = ForumName(forum);
            if (b is null)
            {
                rows.Add([name, Standing(ma)]);
                continue;
            }

            var both = BothMembersSince(ma, mb);
            if (both is { } since)
            {
                shared.Add($"{name} (since {since})");
            }
            else
            {
                onlyOne.Add($"{name} ({(ma.Count > 0 ? ReaderNames.InProse(a) : ReaderNames.InProse(b))} {(ma.Count > 0 ? Standing(ma) : Standing(mb))}; {(ma.Count > 0 ? ReaderNames.InProse(b) : ReaderNames.InProse(a))} not a member)");
            }

            rows.Add([name, Standing(ma), Standing(mb), both?.ToString() ?? "never"]);
        }

        if (rows.Count == 0)
        {
            annex.Add($"Regional forums: {(b is null ? ReaderNames.AtStart(a) + " is" : $"neither {ReaderNames.InProse(a)} nor {ReaderNames.InProse(b)} is")} a member of any forum on record ({string.Join(", ", record.Forums.Where(f => f.Code != "P5").Select(f => f.Code))}), so the brief has no section on them.");
            return null;
        }

        s.Body.H(1, "Regional forums", s.Id);
        s.Body.T(b is null ? ["forum", ctx.LabelA] : ["forum", ctx.LabelA, ctx.LabelB, "both full members since"], rows);
        s.Body.P("A date known only to the month or year is shown so. Roles: member, observer, dialogue partner, partner.");
        if (b is not null)
        {
            var text = (shared.Count > 0 ? $"They sit together as full members in {BriefContext.And(shared)}." : "They share no full membership in the forums on record.")
                + (onlyOne.Count > 0 ? $" Only one of them belongs to {BriefContext.And(onlyOne)}." : "");
            s.Body.P(text);
            s.Judge(45, shared.Count > 0 ? "Members together outside the UN." : "No regional forum in common.", text, "regional forums");
            Declarations(ctx, s, record, a, b);
        }
        else if (ctx.Group is { } g && record.Forums.Any(f => f.Code == g.Code))
        {
            var ma = Of(record, g.Code, a.Code);
            var text = ma.Count == 0 ? $"{ctx.AtStartA} is not a member of {ReaderNames.GroupInProse(g)}." : $"{ctx.AtStartA} in {ReaderNames.GroupInProse(g)}: {Standing(ma)}; its own vote is left out of the majority it is compared with.";
            s.Body.P(text);
            if (ma.Count > 0)
            {
                s.Judge(45, "A member of the group it is compared with.", text, "regional forums");
            }
        }

        s.Method.Add("Regional memberships, declarations and their key paragraphs: Concord's curated record, one row per fact with its source address and the date it was read.");
        return s;
    }

    /// <summary>Positions on the key paragraphs of declarations of forums both belonged to when they were adopted.</summary>
    private static void Declarations(BriefContext ctx, BriefSection s, ForumRecord record, State a, State b)
    {
        var rows = new List<object?[]>();
        foreach (var d in record.Declarations.OrderBy(d => d.Date))
        {
            var day = d.Date.Last;
            if (!MemberOn(record, d.Forum, a.Code, day) || !MemberOn(record, d.Forum, b.Code, day))
            {
                continue;
            }

            var positions = record.Positions.Where(p => p.Declaration == d.Id && p.Paragraph == d.Paragraph).ToList();
            var pa = positions.FirstOrDefault(p => p.State == a.Code);
            var pb = positions.FirstOrDefault(p => p.State == b.Code);
            var dissenters = positions.Where(p => p.Position == PositionKind.Dissented).Select(p => BriefContext.Prose(p.State)).Order(StringComparer.Ordinal).ToList();
            rows.Add([d.Date.ToString(), d.Forum, d.Subject, pa?.Position.Label() ?? "not recorded", pb?.Position.Label() ?? "not recorded", dissenters.Count == 0 ? "none" : BriefContext.And(dissenters)]);
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

    private static List<Forums.Membership> Of(ForumRecord record, string forum, string state) =>
        [.. record.Memberships.Where(m => m.Forum == forum && m.State == state).OrderBy(m => m.From)];

    private static bool MemberOn(ForumRecord record, string forum, string state, DateOnly day) =>
        record.Memberships.Any(m => m.Forum == forum && m.State == state && m.Role == MembershipRole.Member && m.From.First <= day && (m.To is not { } to || to.Last >= day));

    /// <summary>"Shanghai Cooperation Organisation (SCO)", "BRICS": the name without the record's note on its history.</summary>
    private static string ForumName(RegionalForum forum)
    {
        var at = forum.Name.IndexOf(" (", StringComparison.Ordinal);
        var name = at > 0 ? forum.Name[..at] : forum.Name;
        return name.Equals(forum.Code, StringComparison.Ordinal) ? name : $"{name} ({forum.Code})";
    }

    private static string Standing(List<Forums.Membership> ms) =>
        ms.Count == 0 ? "not a member" : string.Join("; ", ms.Select(m => m.To is { } to ? $"{m.Role.Label()} {m.From}–{to}" : $"{m.Role.Label()} since {m.From}"));

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
}
