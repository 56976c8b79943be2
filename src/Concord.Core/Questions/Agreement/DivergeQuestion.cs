using Concord.Analysis.Agreement;
using Concord.Analysis.Divergence;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Agreement;

/// <summary><c>diverge A B</c>: the decisions where two states voted differently, ranked (opposite votes first, the most
/// contested first), paged so that a figure opens exactly the decisions it counts; with <c>explain</c>, by issue area.</summary>
public sealed class DivergeQuestion : Question
{
    /// <summary>Issue areas with fewer common votes than this have an agreement in the table but are not ranked highest or
    /// lowest (a handful of votes is not a pattern); the brief ranks its areas by the same rule.</summary>
    public const int MinVotesToRank = 30;

    public static readonly string[] SplitChoices = ["all", "opposite", "one-abstained"];

    public override string Name => "diverge";

    public override string Summary => "Where two states voted differently: opposite votes first, then one abstaining, the most contested first.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "First state (code or name).", Positional: true),
        new("b", "Second state.", Positional: true),
        AgreementFrame.ForumSpec,
        AgreementFrame.IssueSpec,
        AgreementFrame.FromSpec,
        AgreementFrame.ToSpec,
        new("top", "How many divergences to list (default 25, at most 1000)."),
        new("split", "Which splits to list: all (default), opposite, or one-abstained.", Choices: SplitChoices),
        new("offset", "Skip this many splits first (to page through them)."),
        new("explain", "Per issue area: their agreement, how often they split, and with whom each sided when they did.", Flag: true),
    ];

    public override string FileName(QuestionArgs args) => $"diverge-{args.Text("a")}-{args.Text("b")}";

    public sealed record Request(State A, State B, Forum Forum, IssueSet Issue, int? From, int? To, int Top, string Split, int Offset);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args)
    {
        var (a, b) = args.Pair();

        var forum = args.Forum();
        var issue = args.Issue();
        var (from, to) = args.Years(record);
        var request = new Request(a, b, forum, issue, from, to, args.Int("top", 25, 1, 1000), args.Choice("split", "all", SplitChoices)!, args.Int("offset", 0, 0, 1_000_000));
        return args.Flag("explain") ? Explain(record, request) : List(record, request);
    }

    /// <summary>Every split of the pair in the frame, ranked.</summary>
    public static (VoteMatrix Matrix, int RowA, int RowB, IReadOnlyList<Divergence> Splits, Func<MatrixDecision, bool> Include) Find(LoadedRecord record, Request r)
    {
        var matrix = record.Matrix(r.Forum, mergePredecessors: true);
        var rowA = AgreementRun.RowOf(matrix, r.A.Code, "a");
        var rowB = AgreementRun.RowOf(matrix, r.B.Code, "b");
        bool Include(MatrixDecision d) => (r.From is null || d.Year >= r.From) && (r.To is null || d.Year <= r.To) && d.IsIn(r.Issue);
        return (matrix, rowA, rowB, DivergenceFinder.Find(matrix, rowA, rowB, Include), Include);
    }

    private static ResultTable List(LoadedRecord record, Request r)
    {
        var (matrix, rowA, rowB, splits, _) = Find(record, r);
        var ofKind = r.Split switch
        {
            "opposite" => splits.Where(d => d.Opposite).ToList(),
            "one-abstained" => splits.Where(d => !d.Opposite).ToList(),
            _ => splits,
        };
        var table = new ResultTable($"Where {r.A.Name} and {r.B.Name} split in the {r.Forum.DisplayName()}", "rank", "date", "symbol", "kind", "title", "issues", "vote_a", "vote_b", "split", "tally", "contested");
        AgreementRun.StateFacts(table, "a", r.A.Code, r.A.Name, true);
        AgreementRun.StateFacts(table, "b", r.B.Code, r.B.Name, true);
        table.Fact("forum", r.Forum.Code());
        table.Fact("issue", r.Issue == IssueSet.None ? null : IssueSets.Code(r.Issue));
        table.Fact("from", r.From);
        table.Fact("to", r.To);

        // The frame's one period is shared with every other pair asked about in it.
        var periods = record.Periods(r.Forum, true, PeriodKind.All, AgreementConvention.All, r.Issue, r.From, r.To);
        var counts = periods.Count == 0 ? default : AllPairsAgreement.OnePair(matrix, periods, rowA, rowB)[0];
        table.Fact("common_votes", counts.N);
        table.Fact("agreement", AgreementScores.From(counts, 1).Agreement);
        table.Fact("splits", splits.Count);
        table.Fact("opposite", splits.Count(d => d.Opposite));
        table.Fact("one_abstained", splits.Count(d => !d.Opposite));
        table.Fact("splits_by_issue", IssueSets.All.Select(x => new KeyValuePair<string, object?>(x.Code, splits.Count(d => d.Decision.IsIn(x.Flag)))).ToList());
        table.Fact("split", r.Split);
        table.Fact("listed", ofKind.Count);
        table.Fact("offset", r.Offset);
        var shown = ofKind.Skip(r.Offset).Take(r.Top).ToList();
        for (var k = 0; k < shown.Count; k++)
        {
            var d = shown[k];
            var s = record.Summary(d.Decision.DecisionId);
            table.Add(r.Offset + k + 1, d.Decision.Date, s?.Symbol, s?.Kind, s?.Title ?? s?.AgendaItem, IssueSets.Codes(d.Decision.Issues, " "), d.A.Label(), d.B.Label(),
                d.Opposite ? "opposite" : "one abstained", d.Tally.ToString(), d.Contestedness);
        }

        table.Notes.Add("Ranked: opposite votes first, then one abstaining; within each, the more divided the whole body (contested = 1 - |yes - no| / all votes), the higher. vote_a and vote_b are A's and B's votes.");
        if (ofKind.Count > r.Offset + r.Top)
        {
            table.Notes.Add($"{ofKind.Count - r.Offset - r.Top} more splits not listed (top, offset).");
        }

        return table;
    }

    private static ResultTable Explain(LoadedRecord record, Request r)
    {
        var (matrix, rowA, rowB, splits, include) = Find(record, r);
        var (a, b) = (r.A.Code, r.B.Code);
        var table = new ResultTable($"{a} and {b} by issue area in the {r.Forum.DisplayName()}", "issue", "common_votes", "agreement", "splits", "opposite", "most_with_a", "most_with_b");
        AgreementRun.StateFacts(table, "a", a, r.A.Name, true);
        AgreementRun.StateFacts(table, "b", b, r.B.Name, true);
        table.Fact("forum", r.Forum.Code());
        table.Fact("from", r.From);
        table.Fact("to", r.To);
        table.Fact("min_votes_to_rank", MinVotesToRank);
        var areas = new List<(string Code, Func<MatrixDecision, bool> Filter)> { ("all", _ => true) };
        areas.AddRange(IssueSets.All.Select(x => (x.Code, (Func<MatrixDecision, bool>)(d => d.IsIn(x.Flag)))));
        var scored = new List<(string Code, double Agreement, long N)>();
        foreach (var (code, filter) in areas)
        {
            var periods = Periods.Build(matrix, PeriodKind.All, d => include(d) && filter(d));
            var counts = periods.Count == 0 ? default : AllPairsAgreement.OnePair(matrix, periods, rowA, rowB)[0];
            var here = splits.Where(d => filter(d.Decision)).ToList();
            var (withA, withB) = DivergenceFinder.Sides(matrix, rowA, rowB, here);
            var agreement = AgreementScores.From(counts, 10).Agreement;
            if (code != "all" && agreement is { } value && counts.N >= MinVotesToRank)
            {
                scored.Add((code, value, counts.N));
            }

            table.Add(code, counts.N, agreement, here.Count, here.Count(d => d.Opposite),
                string.Join(" ", withA.Take(5).Select(x => $"{x.State}:{x.Times}")), string.Join(" ", withB.Take(5).Select(x => $"{x.State}:{x.Times}")));
        }

        if (scored.Count > 0)
        {
            // The answer the table is read for: where the two agree most and least (areas with enough votes to be a pattern).
            var ranked = scored.OrderByDescending(x => x.Agreement).ToList();
            table.Fact("highest_agreement", string.Join(", ", ranked.Take(3).Select(x => $"{x.Code} {x.Agreement:0.000} (n={x.N})")));
            table.Fact("lowest_agreement", string.Join(", ", ranked.AsEnumerable().Reverse().Take(3).Select(x => $"{x.Code} {x.Agreement:0.000} (n={x.N})")));
        }

        table.Notes.Add($"most_with_a / most_with_b: the states that voted as {a} / {b} did (and not as the other) on the decisions where the two split, with how often. Areas with fewer than {MinVotesToRank} common votes are not ranked.");
        return table;
    }
}
