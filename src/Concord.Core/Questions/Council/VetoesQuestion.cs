using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Council;

/// <summary><c>vetoes</c>: every vetoed Council draft in the frame, with who vetoed (as the state was, and the seat it
/// counts under), the tally and the other permanent members' votes.</summary>
public sealed class VetoesQuestion : Question
{
    public override string Name => "vetoes";

    public override string Summary => "Every vetoed Council draft: date, draft, meeting, topic, who vetoed, the tally and the other permanent members' votes.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("by", "Vetoes cast by any of these permanent members (comma-separated codes or names, e.g. CHN,RUS)."),
        new("joint", "Only joint vetoes: cast by two or more permanent members (by all of by when given).", Flag: true),
        AgreementFrame.FromSpec,
        AgreementFrame.ToSpec,
        // A fixed description: building the topic rules here would compile their patterns at every start of the CLI.
        new("topic", "Only drafts on this topic (or part of its name), e.g. Syria, Ukraine, Korea / DPRK, Myanmar, Venezuela, Israel / Palestine; the rules are in docs/methods.md."),
        AgreementFrame.IssueSpec,
        new("no-predecessors", "Keep the USSR's vetoes apart from Russia's.", Flag: true),
    ];

    /// <summary>The longest topic text taken (the longest topic name is far shorter).</summary>
    public const int MaxTopicLength = 80;

    /// <param name="By">Permanent members (codes); a veto counts when any of them cast it, or with <paramref name="Joint"/> all of them.</param>
    public sealed record Request(IReadOnlyList<string> By, bool Joint, int? From, int? To, string? Topic, IssueSet Issue, bool MergePredecessors);

    /// <param name="Vetoes">The vetoed drafts in the frame, in date order.</param>
    /// <param name="CoverageNotes">What the Council sources cover, for the decisions in the frame's issue area.</param>
    /// <param name="VetoedAmendments">The vetoed amendments in the frame, counted apart from the drafts.</param>
    public sealed record Answer(Request Request, IReadOnlyList<CouncilDecision> Vetoes, IReadOnlyList<string> CoverageNotes, IReadOnlyList<CouncilDecision>? VetoedAmendments = null);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var by = args.States("by", 5);
        var joint = args.Flag("joint");
        var (from, to) = args.Years(record);
        var topic = args.Text("topic", MaxTopicLength);
        return new Request(by, joint, from, to, topic, args.Issue(), !args.Flag("no-predecessors"));
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var council = record.Council(request.MergePredecessors).InIssue(request.Issue);
        var vetoes = VetoFilter.List(council, request.By, request.Joint, request.From, request.To, request.Topic);
        var amendments = VetoFilter.List(council, request.By, request.Joint, request.From, request.To, request.Topic, amendments: true);
        return new Answer(request, vetoes, VetoFilter.CoverageNotes(council), amendments);
    }

    /// <summary>The states that cast a decision's veto as they were then (the USSR as SUN), space-separated; null when none did.</summary>
    public static string? VetoedBy(CouncilDecision d) => Joined(d.VetoersAsCast.Count > 0 ? d.VetoersAsCast : d.Vetoers);

    /// <summary>The seats a decision's veto counts under (the USSR's as Russia's when predecessors are joined); null when none.</summary>
    public static string? CountedAs(CouncilDecision d) => Joined(d.Vetoers);

    private static string? Joined(IReadOnlyList<string> states) => states.Count == 0 ? null : string.Join(" ", states);

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var table = new ResultTable("Vetoed Security Council drafts", "date", "draft", "meeting", "topic", "vetoed_by", "counted_as", "tally", "permanent_members", "agenda_item");
        table.Fact("vetoes", answer.Vetoes.Count);
        table.Fact("joint_vetoes", answer.Vetoes.Count(d => d.Vetoers.Count >= 2));
        table.Fact("by", r.By);
        table.Fact("joint", r.Joint);
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        table.Fact("topic", r.Topic);
        table.Fact("issue", r.Issue == IssueSet.None ? null : IssueSets.Code(r.Issue));
        table.Fact("predecessors", r.MergePredecessors);
        var amendments = answer.VetoedAmendments ?? [];
        table.Fact("vetoed_amendments", amendments.Count);
        table.Fact("amendment_vetoes", amendments.Select(d => $"{d.Date:yyyy-MM-dd} {d.Draft ?? d.Label} ({VetoedBy(d)})").ToList());
        foreach (var d in answer.Vetoes)
        {
            // vetoed_by is the state that cast the veto (the USSR as SUN); counted_as the seat it is counted under here.
            table.Add(d.Date, d.Draft ?? d.Label, d.Meeting, d.Topic, VetoedBy(d), CountedAs(d), d.Tally?.ToString(), PermanentVotes(d), d.AgendaItem);
        }

        table.Notes.AddRange(answer.CoverageNotes);
        table.Notes.Add("A veto is a negative vote by a permanent member on a draft that therefore failed; drafts that lacked the nine (before 1966 seven) affirmative votes are 'failed', not vetoed.");
        table.Notes.Add("Vetoes of amendments to a draft (vetoed_amendments, amendment_vetoes) are counted apart and are not rows of this table.");
        return table;
    }

    /// <summary>The permanent members' votes on a draft ("CHN no, FRA yes, ..."), or that they are not on record.</summary>
    private static string PermanentVotes(CouncilDecision d)
    {
        if (d.Votes.Count == 0)
        {
            return "member votes not on record";
        }

        // With seats joined, the USSR's vote is recorded under Russia.
        return string.Join(", ", CouncilRules.PermanentMembers(d.Date).Select(p => d.Votes.ContainsKey(p) ? p : StateRegistry.Default.SeatHolder(p))
            .Select(p => $"{p} {d.VoteOf(p).Label()}"));
    }
}
