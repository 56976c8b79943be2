using System.Globalization;
using Concord.Domain;
using Concord.Forums;
using Concord.States;

namespace Concord.Questions.Forums;

/// <summary><c>forums A [B]</c>: the regional forums outside the UN, for one state or a pair. By default each forum either
/// belongs to, with each one's standing on a day and since when both were full members; with <c>list</c>, the key
/// paragraphs of declarations adopted while both were full members (each one's position), or the multinational events
/// both took part in. From the curated forum record, every fact with its source.</summary>
/// <remarks>The P5 is in the record as a group (for majority positions) but it is the Council's permanent seats, not a
/// forum a state joins: the Council questions (<c>sc</c>, <c>vetoes</c>) answer for it.</remarks>
public sealed class ForumsQuestion : Question
{
    public const string Declarations = "declarations";

    public const string Events = "events";

    public static readonly string[] ListChoices = [Declarations, Events];

    private const string CouncilSeats = "P5";

    public override string Name => "forums";

    public override string Summary => "Regional forums of one state or a pair: standing on a day and since when both were members; with list, the declarations adopted while both were members (each one's position) or the multinational events both joined.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "A state (code or name).", Positional: true),
        new("b", "A second state (optional): the forums either belongs to, side by side.", Positional: true),
        new("on", "The day of the standings (YYYY-MM-DD; default today). A state joining that day counts."),
        new("from", "First year of the declarations and events listed (inclusive)."),
        new("to", "Last year of the declarations and events listed (inclusive)."),
        new("list", "declarations (adopted while both were full members, each one's position on the key paragraph) or events (multinational events both took part in), instead of the forums.", Choices: ListChoices),
    ];

    public override string FileName(QuestionArgs args) =>
        $"forums-{args.Text("a")}" + (args.Has("b") ? $"-{args.Text("b")}" : "") + (args.Has("list") ? $"-{args.Text("list")}" : "");

    /// <param name="B">The second state's code, or null for one state.</param>
    /// <param name="List">null (the forums), <see cref="Declarations"/> or <see cref="Events"/>.</param>
    public sealed record Request(string A, string? B, DateOnly On, int? From, int? To, string? List)
    {
        public bool InYears(int year) => (From is not { } f || year >= f) && (To is not { } t || year <= t);
    }

    /// <param name="A">A's standings in the forum, in date order (its whole history in the record).</param>
    /// <param name="AOn">A's standing certain on the request's day, or null.</param>
    /// <param name="BothMembersSince">The first date from which both were full members at once (null: never, or one state asked).</param>
    /// <param name="DeclarationsTogether">Declarations of the forum in the years asked adopted while both (one state: it) were full members.</param>
    public sealed record ForumStanding(RegionalForum Forum, IReadOnlyList<ForumMembership> A, ForumMembership? AOn, IReadOnlyList<ForumMembership> B, ForumMembership? BOn, PartialDate? BothMembersSince, int DeclarationsTogether)
    {
        public bool BothMembers => BothMembersSince is not null;
    }

    /// <param name="APosition">A's recorded position on the key paragraph, or null when the sources state none.</param>
    /// <param name="Dissenters">The members recorded as dissenting or left out, in code order.</param>
    public sealed record DeclarationRow(Declaration Declaration, DeclarationPosition? APosition, DeclarationPosition? BPosition, IReadOnlyList<string> Dissenters);

    /// <param name="Forums">Every forum either state ever belonged to (in any role), in the record's order.</param>
    /// <param name="ForumsOnRecord">The codes of every forum the record holds (but the P5), for saying where neither belongs.</param>
    /// <param name="DeclarationRows">With <c>list=declarations</c>, the declarations; else empty.</param>
    /// <param name="EventRows">With <c>list=events</c>, the multinational events both took part in; else empty.</param>
    public sealed record Answer(Request Request, string AName, string? BName, IReadOnlyList<ForumStanding> Forums, IReadOnlyList<string> ForumsOnRecord, IReadOnlyList<DeclarationRow> DeclarationRows, IReadOnlyList<BilateralEvent> EventRows);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record.Forums, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var a = args.State("a");
        var b = args.OptionalState("b");
        if (b is not null)
        {
            QuestionArgs.Different(a, b);
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var on = args.Date("on") ?? today;
        if (on > today)
        {
            throw new QuestionRefusal("on", $"'on' ({on:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}): the record says who was a member up to now, not who will be.");
        }

        var (from, to) = args.Years(record);
        return new Request(a.Code, b?.Code, on, from, to, args.Choice("list", null, ListChoices));
    }

    public static Answer Run(ForumRecord record, Request r)
    {
        var forums = new List<ForumStanding>();
        foreach (var forum in record.Forums)
        {
            if (forum.Code == CouncilSeats)
            {
                continue;
            }

            var ma = Of(record, forum.Code, r.A);
            var mb = r.B is null ? [] : Of(record, forum.Code, r.B);
            if (ma.Count == 0 && mb.Count == 0)
            {
                continue;
            }

            var since = r.B is null ? null : BothMembersSince(ma, mb);
            var together = record.Declarations.Count(d => d.Forum == forum.Code && r.InYears(d.Date.Year) && Together(record, d, r));
            forums.Add(new ForumStanding(forum, ma, ma.FirstOrDefault(m => m.IsCertainOn(r.On)), mb, mb.FirstOrDefault(m => m.IsCertainOn(r.On)), since, together));
        }

        var declarations = new List<DeclarationRow>();
        if (r.List == Declarations)
        {
            foreach (var d in record.Declarations.Where(d => r.InYears(d.Date.Year) && Together(record, d, r)).OrderBy(d => d.Date))
            {
                var positions = record.Positions.Where(p => p.Declaration == d.Id && p.Paragraph == d.Paragraph).ToList();
                var dissenters = positions.Where(p => p.Position == PositionKind.Dissented).Select(p => p.State).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                declarations.Add(new DeclarationRow(d, positions.FirstOrDefault(p => p.State == r.A), r.B is null ? null : positions.FirstOrDefault(p => p.State == r.B), dissenters));
            }
        }

        var events = new List<BilateralEvent>();
        if (r.List == Events)
        {
            string[] pair = r.B is null ? [r.A] : [r.A, r.B];
            // Matched dataset rows describe an event already listed; a two-state event is a bilateral tie (the events question).
            events.AddRange(record.Events
                .Where(e => e.DuplicateOf is null && e.StatesTakingPart > 2 && e.Involves(pair) && r.InYears(e.Start.Year))
                .OrderBy(e => e.FirstDay).ThenBy(e => e.Id, StringComparer.Ordinal));
        }

        var registry = StateRegistry.Default;
        return new Answer(r, registry[r.A].Name, r.B is null ? null : registry[r.B].Name, forums,
            [.. record.Forums.Where(f => f.Code != CouncilSeats).Select(f => f.Code)], declarations, events);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var who = r.B is null ? answer.AName : $"{answer.AName} and {answer.BName}";
        var years = r.From is null && r.To is null ? "" : $", {r.From?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{r.To?.ToString(CultureInfo.InvariantCulture) ?? "…"}";
        ResultTable table;
        if (r.List == Declarations)
        {
            table = new ResultTable($"Declarations of regional forums adopted while {(r.B is null ? "it was" : "both were")} a full member: {who}{years}",
                "date", "forum", "declaration", "title", "paragraph", "subject", "position_a", "position_b", "dissented", "source");
            foreach (var row in answer.DeclarationRows)
            {
                var d = row.Declaration;
                table.Add(d.Date.ToString(), d.Forum, d.Id, d.Title, d.Paragraph, d.Subject, row.APosition?.Position.Label(), row.BPosition?.Position.Label(), string.Join(" ", row.Dissenters), d.Source.ToString());
            }

            table.Notes.Add("Positions on each declaration's key paragraph as its sources state them; empty: no position recorded. A state left out of a paragraph that names the states subscribing to it is recorded as dissenting.");
        }
        else if (r.List == Events)
        {
            table = new ResultTable($"Multinational events {(r.B is null ? "it" : "both")} took part in: {who}{years}",
                "start", "end", "type", "name", "series", "states", "place", "source");
            foreach (var e in answer.EventRows)
            {
                table.Add(e.Start.ToString(), e.End?.ToString(), e.Kind.Label(), e.Name, e.Series, e.StatesTakingPart, e.Place, e.Source.ToString());
            }

            table.Notes.Add("Events with more than the two states (summit drills, multinational exercises); the pair's own ties are the events question's (events --between A,B). A curated list with a source for every row, not a census.");
        }
        else
        {
            table = new ResultTable($"Regional forums of {who} on {r.On:yyyy-MM-dd}",
                "forum", "name", "role_a", "since_a", "history_a", "role_b", "since_b", "history_b", "both_members_since", "declarations_together");
            foreach (var f in answer.Forums)
            {
                table.Add(f.Forum.Code, ShortName(f.Forum), Role(f.AOn), f.AOn?.From.ToString(), History(f.A),
                    r.B is null ? null : Role(f.BOn), f.BOn?.From.ToString(), r.B is null ? null : History(f.B),
                    f.BothMembersSince?.ToString(), f.DeclarationsTogether);
            }

            table.Notes.Add("role_a/role_b: the standing certain on the day (a date known only to the month or year counts from the end of that period when joining, until its start when leaving); history: every standing on record. declarations_together: declarations of the years asked adopted while both were full members.");
        }

        table.Fact("a", r.A);
        table.Fact("b", r.B);
        table.Fact("on", r.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        table.Fact("list", r.List);
        table.Fact("forums", answer.Forums.Count);
        table.Fact("forums_together", answer.Forums.Count(f => f.BothMembers));
        table.Fact("forums_on_record", string.Join(" ", answer.ForumsOnRecord));
        return table;
    }

    /// <summary>"Shanghai Cooperation Organisation", "BRICS": the name without the record's note on its history.</summary>
    public static string ShortName(RegionalForum forum)
    {
        var at = forum.Name.IndexOf(" (", StringComparison.Ordinal);
        return at > 0 ? forum.Name[..at] : forum.Name;
    }

    /// <summary>"observer 2005–2017; member since 2017-06-09", or "not a member".</summary>
    public static string History(IReadOnlyList<ForumMembership> ms) =>
        ms.Count == 0 ? "not a member" : string.Join("; ", ms.Select(m => m.To is { } to ? $"{m.Role.Label()} {m.From}–{to}" : $"{m.Role.Label()} since {m.From}"));

    private static string Role(ForumMembership? m) => m is null ? "not a member" : m.Role.Label();

    private static List<ForumMembership> Of(ForumRecord record, string forum, string state) =>
        [.. record.Memberships.Where(m => m.Forum == forum && m.State == state).OrderBy(m => m.From)];

    /// <summary>Whether the state (both states) were full members of the declaration's forum on its last possible day.</summary>
    private static bool Together(ForumRecord record, Declaration d, Request r) =>
        MemberOn(record, d.Forum, r.A, d.Date.Last) && (r.B is null || MemberOn(record, d.Forum, r.B, d.Date.Last));

    private static bool MemberOn(ForumRecord record, string forum, string state, DateOnly day) =>
        record.Memberships.Any(m => m.Forum == forum && m.State == state && m.Role == MembershipRole.Member && m.From.First <= day && (m.To is not { } to || to.Last >= day));

    /// <summary>The first date from which both were full members at the same time (null when never).</summary>
    private static PartialDate? BothMembersSince(List<ForumMembership> ma, List<ForumMembership> mb)
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
