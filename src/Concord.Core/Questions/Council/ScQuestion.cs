using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Questions.Agreement;
using Concord.States;

namespace Concord.Questions.Council;

/// <summary><c>sc A B</c>: how two Council members acted together, group by group (the default periods, years or topics):
/// joint vetoes, one vetoing while the other abstained or voted yes, co-abstentions, split votes, lone votes; with
/// <c>list</c>, the decisions behind one count.</summary>
/// <remarks>
/// A count that depends on votes no source holds (one member vetoed, the other's vote is not on record) is a
/// <see cref="NotKnown"/>: null in JSON, "unknown (...)" or "at least n (...)" in tables and CSV; the vetoes in doubt are
/// counted in <c>a_vetoed_b_vote_unknown</c> and <c>b_vetoed_a_vote_unknown</c>, and the decisions on record (the "at
/// least") in <c>KIND_on_record</c>, columns that only frames with a count in doubt have.
/// </remarks>
public sealed class ScQuestion : Question
{
    public static readonly string[] GroupingChoices = ["period", "year", "topic"];

    public override string Name => "sc";

    public override string Summary => "Two members' Council pattern: joint vetoes, one vetoing while the other abstained or voted yes, co-abstentions, split votes, lone votes.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "First member (code or name, e.g. CHN).", Positional: true),
        new("b", "Second member (e.g. RUS).", Positional: true),
        AgreementFrame.FromSpec,
        AgreementFrame.ToSpec,
        new("by", "period (default: " + string.Join(", ", CouncilPattern.DefaultPeriods.Select(p => p.Label)) + "), year or topic.", Choices: GroupingChoices),
        new("list", "List the decisions behind one count: " + string.Join(", ", PatternKinds.Codes) + ".", Choices: PatternKinds.Codes),
        AgreementFrame.IssueSpec,
        new("no-predecessors", "Keep the USSR's votes apart from Russia's.", Flag: true),
    ];

    /// <param name="List">The kind whose decisions are listed, or null for the counts.</param>
    public sealed record Request(State A, State B, CouncilPattern.Grouping By, int? From, int? To, IssueSet Issue, bool MergePredecessors, PatternKind? List = null);

    /// <param name="Groups">The counts of each group (period, year or topic) with a decision in the frame, in order.</param>
    /// <param name="CoverageNotes">What the Council sources cover, for the decisions in the frame's issue area.</param>
    public sealed record Answer(Request Request, IReadOnlyList<CouncilPattern.PeriodCounts> Groups, IReadOnlyList<string> CoverageNotes);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public override string FileName(QuestionArgs args) => $"sc-{args.Text("a")}-{args.Text("b")}" + (args.Text("list") is { } list ? "-" + list : "");

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var (a, b) = args.Pair();

        var (from, to) = args.Years(record);
        var by = Enum.Parse<CouncilPattern.Grouping>(args.Choice("by", "period", GroupingChoices)!, ignoreCase: true);
        PatternKind? list = null;
        if (args.Choice("list", null, PatternKinds.Codes) is { } code && PatternKinds.TryParse(code, out var kind))
        {
            list = kind;
        }

        return new Request(a, b, by, from, to, args.Issue(), !args.Flag("no-predecessors"), list);
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var council = record.Council(request.MergePredecessors).InIssue(request.Issue);
        var groups = CouncilPattern.Compute(council, request.A.Code, request.B.Code, request.By, request.From, request.To);
        return new Answer(request, groups, VetoFilter.CoverageNotes(council));
    }

    /// <summary>The column name of a kind's count: its <c>list</c> name in snake case (<c>joint-veto</c> is <c>joint_veto</c>).</summary>
    public static string Column(PatternKind kind) => kind.Code().Replace('-', '_');

    /// <summary>The columns that say which group a row is: <c>year</c>; <c>topic</c> with the years of its decisions; or
    /// for the default periods the first and last year of their decisions in the frame.</summary>
    public static string[] GroupColumns(CouncilPattern.Grouping by) => by switch
    {
        CouncilPattern.Grouping.Year => ["year"],
        CouncilPattern.Grouping.Topic => ["topic", "first_year", "last_year"],
        _ => ["first_year", "last_year"],
    };

    public static object?[] GroupCells(CouncilPattern.Grouping by, CouncilPattern.PeriodCounts group) => by switch
    {
        CouncilPattern.Grouping.Year => [group.FirstYear],
        CouncilPattern.Grouping.Topic => [group.Period, group.FirstYear, group.LastYear],
        _ => [group.FirstYear, group.LastYear],
    };

    /// <summary>A count as the answer gives it: the number where it is known, else a <see cref="NotKnown"/> with its reading.</summary>
    public static object Count(CouncilPattern.PeriodCounts group, PatternKind kind) =>
        group.KnownCount(kind) is { } n ? n : new NotKnown(group.Describe(kind));

    public static ResultTable ToTable(Answer answer) => answer.Request.List is { } kind ? Cases(answer, kind) : Counts(answer);

    private static void Describe(Answer answer, ResultTable table)
    {
        var r = answer.Request;
        table.Fact("a", AgreementRun.Describe(r.A.Code, r.MergePredecessors));
        table.Fact("b", AgreementRun.Describe(r.B.Code, r.MergePredecessors));
        table.Fact("periods", r.By.ToString().ToLowerInvariant());
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        table.Fact("issue", r.Issue == IssueSet.None ? null : IssueSets.Code(r.Issue));
        table.Fact("predecessors", r.MergePredecessors);
    }

    /// <summary>The kinds whose count needs the other member's vote on one member's veto, which may not be on record.</summary>
    public static readonly PatternKind[] VetoKinds = [PatternKind.AVetoedBAbstained, PatternKind.AVetoedBYes, PatternKind.BVetoedAAbstained, PatternKind.BVetoedAYes];

    private static ResultTable Counts(Answer answer)
    {
        var r = answer.Request;
        var kinds = Enum.GetValues<PatternKind>();
        // Where a count cannot be known, the answer says how many vetoes are in doubt and how many decisions of the kind
        // are on record (the "at least"); frames where every count is known (from 1994) go without these columns.
        var inDoubt = answer.Groups.Any(g => VetoKinds.Any(k => g.UnknownCount(k) > 0));
        List<string> columns = [.. GroupColumns(r.By), "decisions", "both_voted", .. kinds.Select(Column)];
        if (inDoubt)
        {
            columns.AddRange(["a_vetoed_b_vote_unknown", "b_vetoed_a_vote_unknown", .. VetoKinds.Select(k => Column(k) + "_on_record")]);
        }

        var table = new ResultTable($"{r.A.Name} and {r.B.Name} in the Security Council", [.. columns]);
        Describe(answer, table);
        foreach (var g in answer.Groups)
        {
            List<object?> row = [.. GroupCells(r.By, g), g.Decisions, g.BothVoted, .. kinds.Select(k => Count(g, k))];
            if (inDoubt)
            {
                // One of A's vetoes with B's vote not on record is in doubt for "B abstained" and "B voted yes" alike.
                row.AddRange([g.UnknownCount(PatternKind.AVetoedBAbstained), g.UnknownCount(PatternKind.BVetoedAAbstained), .. VetoKinds.Select(k => (object?)g.Count(k))]);
            }

            table.Add([.. row]);
        }

        table.Notes.Add("List the decisions behind any count with list (--list on the command line, list= in the API), e.g. joint-veto or co-abstention; each count's column is named after its kind.");
        table.Notes.Add("Co-abstentions count adopted resolutions; lone votes and split votes count decisions where both members' votes are recorded.");
        if (inDoubt)
        {
            table.Notes.Add("'unknown' and 'at least': one member vetoed and the other's vote is not on record (most vetoes before 1994 are known only from the veto lists), so how the other voted cannot be counted. "
                + "JSON gives such a count as null; a_vetoed_b_vote_unknown (b_vetoed_a_vote_unknown) is the number of A's (B's) vetoes in doubt, and KIND_on_record the decisions of the kind on record (at least that many).");
        }

        table.Notes.AddRange(answer.CoverageNotes);
        return table;
    }

    private static ResultTable Cases(Answer answer, PatternKind kind)
    {
        var r = answer.Request;
        var groupColumns = GroupColumns(r.By);
        // Grouped by topic, the group's column is already the decision's topic.
        var byTopic = r.By == CouncilPattern.Grouping.Topic;
        string[] columns = [.. groupColumns, "date", "symbol", "outcome", .. byTopic ? Array.Empty<string>() : ["topic"], "tally", "vote_a", "vote_b", "vetoed_by", "counted_as", "agenda_item"];
        var table = new ResultTable(kind.Describe(r.A.Code, r.B.Code), columns);
        Describe(answer, table);
        table.Fact("list", kind.Code());
        foreach (var g in answer.Groups)
        {
            foreach (var d in g.Cases.TryGetValue(kind, out var cases) ? cases : [])
            {
                object?[] topic = byTopic ? [] : [d.Topic];
                table.Add([.. GroupCells(r.By, g), d.Date, d.Label, d.Outcome.ToString().ToLowerInvariant(), .. topic, d.Tally?.ToString(),
                    d.VoteOf(r.A.Code).Label(), d.VoteOf(r.B.Code).Label(), VetoesQuestion.VetoedBy(d), VetoesQuestion.CountedAs(d), d.AgendaItem]);
            }
        }

        table.Fact("count", table.Rows.Count);
        table.Notes.AddRange(answer.CoverageNotes);
        return table;
    }
}
