using System.Globalization;
using Concord.Council;
using Concord.Forums;
using Concord.States;

namespace Concord.Questions.Forums;

/// <summary><c>members FORUM</c>: who belonged to a forum on a day (a regional forum, from the curated record) or in a year
/// (the Security Council, from the membership register, with each member's votes on record).</summary>
/// <remarks>Each kind of forum is asked with its own time parameter; the other one would be ignored and the answer be for
/// another question (today's members when a year was asked), so it is refused, in both shells alike.</remarks>
public sealed class MembersQuestion : Question
{
    public const string Council = "sc";

    public override string Name => "members";

    public override string Summary => "Members of a forum on a day, with role and source (the Security Council: members by year, from the membership register).";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("forum", "sc (the Security Council), or a forum of the record: SCO, BRICS, EAS, CSTO, EU, P5 (and any a user file adds).", Positional: true),
        new("on", "A regional forum's day (YYYY-MM-DD; default today). A state joining that day counts."),
        new("year", "The Security Council's year (default: every year); seats from the membership register, data/curated/sc_seats.csv."),
        new("members-only", "Only full members (the states that count in 'with' comparisons); every Council seat is one.", Flag: true),
    ];

    public override string FileName(QuestionArgs args) => "members-" + args.Text("forum");

    /// <param name="Forum">The forum's code as the record spells it, or <see cref="Council"/>.</param>
    /// <param name="Year">The Council's year (null: every year); null for a regional forum.</param>
    /// <param name="On">A regional forum's day; null for the Council.</param>
    public sealed record Request(string Forum, int? Year, DateOnly? On, bool MembersOnly)
    {
        public bool IsCouncil => Forum == Council;
    }

    /// <param name="CouncilSeats">The Council's members by year (null for a regional forum).</param>
    /// <param name="Standings">A regional forum's members, observers and partners on the day, members first (null for the Council).</param>
    public sealed record Answer(Request Request, string ForumName, IReadOnlyList<CouncilTerms.Member>? CouncilSeats, IReadOnlyList<ForumMembership>? Standings);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var forum = ForumParameter.Read(args, record.Forums, Council);
        var membersOnly = args.Flag("members-only");
        if (forum == Council)
        {
            if (args.Has("on"))
            {
                throw new QuestionRefusal("on", "'on' applies to regional forums; the Security Council's members are asked for a year ('year').");
            }

            return new Request(forum, args.Year("year", record), null, membersOnly);
        }

        if (args.Has("year"))
        {
            throw new QuestionRefusal("year", "'year' applies to the Security Council (sc); a regional forum's members are asked for a day ('on', YYYY-MM-DD).");
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var on = args.Date("on") ?? today;
        if (on > today)
        {
            // The record holds who joined and left up to the day each fact was read; a later day is a forecast.
            throw new QuestionRefusal("on", $"'on' ({on:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}): the record says who was a member up to now, not who will be.");
        }

        return new Request(forum, null, on, membersOnly);
    }

    public static Answer Run(LoadedRecord record, Request r)
    {
        if (r.IsCouncil)
        {
            return new Answer(r, "Security Council", CouncilTerms.ByYear(record.Council(mergePredecessors: true), r.Year, r.Year), null);
        }

        var forums = record.Forums;
        var standings = forums.On(r.Forum, r.On!.Value)
            .Where(m => !r.MembersOnly || m.Role == MembershipRole.Member)
            .OrderBy(m => m.Role).ThenBy(m => m.State, StringComparer.Ordinal)
            .ToList();
        return new Answer(r, forums.FindForum(r.Forum)!.Name, null, standings);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var registry = StateRegistry.Default;
        string NameOf(string code) => registry.IsKnownCode(code) ? registry[code].Name : code;
        if (answer.CouncilSeats is { } seats)
        {
            var council = new ResultTable("Security Council members by year (membership register; votes from the record)", "year", "state", "name", "seat", "votes_on_record");
            council.Fact("forum", r.Forum);
            council.Fact("year", r.Year);
            foreach (var m in seats)
            {
                council.Add(m.Year, m.State, NameOf(m.State), m.Permanent ? "permanent" : "elected", m.Votes);
            }

            council.Notes.Add("Seats from the membership register (data/curated/sc_seats.csv, each row with its UN source); votes_on_record counts the member's votes in the record that year (0 where its votes are not on record).");
            return council;
        }

        var day = r.On!.Value;
        var table = new ResultTable($"{answer.ForumName} on {day:yyyy-MM-dd}", "state", "name", "role", "from", "to", "note", "source");
        table.Fact("forum", r.Forum);
        table.Fact("on", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        table.Fact("members", answer.Standings!.Count(m => m.Role == MembershipRole.Member));
        foreach (var m in answer.Standings!)
        {
            table.Add(m.State, NameOf(m.State), m.Role.Label(), m.From.ToString(), m.To?.ToString(), m.Note, m.Source.ToString());
        }

        table.Notes.Add("A state is listed when the record makes its standing certain on that day: a date known only to the month or year counts from the end of that period (joining) and until its start (leaving). The joining day counts.");
        return table;
    }
}
