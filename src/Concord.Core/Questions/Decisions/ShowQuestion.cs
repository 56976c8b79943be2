using Concord.Council;
using Concord.Domain;
using Concord.Reference;
using Concord.Store;

namespace Concord.Questions.Decisions;

/// <summary><c>show SYMBOL</c>: one decision, its outcome and tally, the issue areas and the rule behind each, every
/// member's vote (the rows, so the CSV is the votes), and where each fact came from.</summary>
/// <remarks>Every fact is always there (null, or an empty list, where it does not apply), so a client reads one shape for
/// every decision; the table leaves the empty ones out. The decision's own title is <c>decision_title</c>: the answer's
/// <c>title</c> is its heading (the symbol).</remarks>
public sealed class ShowQuestion : Question
{
    /// <summary>No symbol on record is longer (the longest are Council drafts with a revision suffix).</summary>
    public const int MaxSymbolLength = 80;

    public override string Name => "show";

    public override string Summary => "One decision: date, title, outcome, tally, issue areas, every member's vote, sources.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("symbol", "A resolution or draft symbol: A/RES/68/262, S/RES/2448(2018), S/2019/186.", Positional: true),
    ];

    public override string FileName(QuestionArgs args) => "show-" + args.Text("symbol", MaxSymbolLength);

    /// <param name="Issues">The issue areas the decision is in, each with the rule (or the standard's implication) that put it there.</param>
    /// <param name="Sponsors">An Assembly resolution's sponsor lists (sessions 74-80 on record); null for the Council.</param>
    public sealed record Answer(DecisionTable.Detail Detail, IReadOnlyList<IssueTable.Reason> Issues, SponsorshipTable.DecisionSponsors? Sponsors);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(args)));

    public static string Read(QuestionArgs args) =>
        args.Text("symbol", MaxSymbolLength) ?? throw new QuestionRefusal("symbol", "'symbol' is required, like A/RES/68/262 or S/2019/186.");

    /// <remarks>A server's record answers from its <see cref="DecisionIndex"/> (no query at all); the database is read
    /// where the record holds none, and for a symbol the index declines.</remarks>
    public static Answer Run(LoadedRecord record, string symbol)
    {
        if (record.Decisions is { } index && index.TryFind(symbol, out var found))
        {
            var detail = found ?? throw NotFound(symbol);
            return new Answer(detail, index.Issues(detail.Decision.Id), detail.Decision.Forum == "ga" ? index.Sponsors(detail.Decision.Id) : null);
        }

        return RunOnDatabase(record, symbol);
    }

    /// <summary>The answer read from the database, as a record that holds no index gives it (the reference the index is
    /// tested against).</summary>
    public static Answer RunOnDatabase(LoadedRecord record, string symbol) => record.Read(db =>
    {
        var detail = DecisionTable.Find(db, symbol) ?? throw NotFound(symbol);
        var sponsors = detail.Decision.Forum == "ga" ? SponsorshipTable.ForShow(db, detail.Decision.Id) : null;
        return new Answer(detail, IssueTable.ForDecision(db, detail.Decision.Id), sponsors);
    });

    private static QuestionNotFound NotFound(string symbol) => new("symbol", $"No decision with symbol '{QuestionArgs.Echo(symbol)}' is on record.");

    public static ResultTable ToTable(Answer answer)
    {
        var detail = answer.Detail;
        var issues = answer.Issues;
        var d = detail.Decision;
        var displayName = DecisionNames.Display(d.Symbol, d.Symbol is null ? d.Draft : null, d.Key, d.Session);
        var table = new ResultTable(displayName, "state", "name", "vote", "source", "line");
        table.Fact("symbol", d.Symbol);
        table.Fact("name", d.Symbol is null ? displayName : null);
        if (detail.NotUnSymbol is { } notUn)
        {
            table.Notes.Add($"{notUn} is not a UN symbol: a source names this roll call so, but the UN never gave it that number (concord data check --invariants --class symbol-outside-numbering); it is {displayName}.");
        }

        table.Fact("forum", ForumCodes.Parse(d.Forum).Code());
        table.Fact("date", d.DateIsBound ? d.DateText : d.Date);
        table.Fact("date_precision", d.DateIsBound ? "on_or_after: no source gives the day; the vote was on or after this date" : null);
        table.Fact("decision_title", d.Title);
        table.Fact("kind", d.Kind);
        table.Fact("outcome", d.Outcome);
        table.Fact("recorded_vote", d.RecordedVote);
        table.Fact("tally", d.RecordedVote ? d.Tally?.ToString() : "adopted without a vote");
        table.Fact("non_voting", d.Tally?.NonVoting);
        table.Fact("session", d.Session);
        table.Fact("draft", d.Draft);
        table.Fact("meeting", d.Meeting);
        table.Fact("agenda_item", d.AgendaItem);
        string? topic = null, topicRule = null;
        if (d.Forum == "sc")
        {
            // The Council's topic with the rule that gave it, so that a reader can check or dispute it.
            var (name, rule, field) = CouncilTopics.Default.Explain(d.AgendaItem, d.Title, d.Subjects);
            (topic, topicRule) = (name, field is null ? null : $"rule '{rule}' matched the {field}");
        }

        table.Fact("topic", topic);
        table.Fact("topic_rule", topicRule);

        // Each area with the rule (or the standard's implication) that put the decision there, so a reader can check or dispute it.
        table.Fact("issue_areas", issues.Select(i => i.Area).Distinct().ToList());
        table.Fact("issue_rules", issues.Select(i => i.Rule.StartsWith("implied-by:", StringComparison.Ordinal)
            ? $"{i.Area}: {i.Rule} ({i.Why})"
            : $"{i.Area}{(i.Country is null ? "" : $" [{i.Country}]")}: {i.Rule} matched '{i.Matched}' ({i.Why})").ToList());
        table.Fact("unvotes_issues", d.Issues);
        table.Fact("vetoed_by", detail.Vetoers.ToList());
        var counted = new Tally(detail.Votes.Count(v => v.Vote == Vote.Yes), detail.Votes.Count(v => v.Vote == Vote.No), detail.Votes.Count(v => v.Vote == Vote.Abstain));
        table.Fact("member_votes", detail.Votes.Count > 0 ? $"{counted} ({detail.Votes.Count(v => v.Vote == Vote.NonVoting)} non-voting)" : null);
        table.Fact("sources", detail.Sources.Select(s => $"{s.Source} {s.File}:{s.Line} ({s.SourceKey})").ToList());
        table.Fact("other_roll_calls", detail.Related.Select(r => $"{r.Kind} {r.Date:yyyy-MM-dd} {r.Tally} {r.Key}").ToList());

        // One line per class and outcome: a record withheld whole would otherwise repeat the same sentence per member.
        table.Fact("invariants", detail.Violations.GroupBy(x => (x.Class, x.Outcome, x.How, x.Source, x.File))
            .Select(g => $"{g.Key.Class} ({g.Key.Outcome}){(g.Any(x => x.State is not null) ? " " + string.Join(" ", g.Select(x => x.State).Distinct()) : "")}: {g.First().Detail}{(g.Count() > 1 ? $" (and {g.Count() - 1} more)" : "")}; {g.Key.How} [{g.Key.Source} {g.Key.File}:{g.Min(x => x.Line)}]").ToList());
        table.Fact("withheld_votes", detail.Withheld.Select(w => $"{w.State} {w.Vote.Label()} ({w.Source} {(w.File is null ? "" : w.File + ":")}{w.Line}, {w.Class})").ToList());
        AddSponsors(table, answer.Sponsors);
        foreach (var v in detail.Votes)
        {
            table.Add(v.State, v.Name, v.Vote.Label(), v.Source, v.Line);
        }

        var voteFiles = detail.Sources.Where(x => x.VotesFile is not null && detail.Votes.Any(v => v.Source == x.Source)).Select(x => $"{x.Source}'s are lines of {x.VotesFile}").Distinct().ToList();
        if (voteFiles.Count > 0)
        {
            table.Notes.Add($"The lines of the member votes: {string.Join("; ", voteFiles)}; the others' are lines of the file under sources.");
        }

        if (issues.Count == 0)
        {
            table.Notes.Add("No issue area: no rule of Reference/issue_rules.csv matched.");
        }

        if (detail.Withheld.Count > 0)
        {
            table.Notes.Add($"{detail.Withheld.Count} vote(s) a source gave for this decision broke an invariant and are kept out of every analysis (withheld_votes); concord data check --invariants --symbol {d.Symbol ?? d.Draft} says why.");
        }

        if (d.Tally is { } t && detail.Votes.Count > 0 && (t.Yes, t.No, t.Abstain) != (counted.Yes, counted.No, counted.Abstain))
        {
            table.Notes.Add($"The member votes on record ({counted}) differ from the published tally ({t}); see concord data check --symbol {d.Symbol}.");
        }

        return table;
    }

    /// <summary>The sponsors, states first (drafters, then those who joined, then states for a group), then the rest;
    /// every key present for every decision (null for the Council, and where no sponsor list is on record).</summary>
    private static void AddSponsors(ResultTable table, SponsorshipTable.DecisionSponsors? sponsors)
    {
        var covered = sponsors is { Covered: true };
        table.Fact("sponsors_on_record", sponsors is null ? null : covered);
        var own = covered ? sponsors!.States.Where(r => r.OnBehalfOf is null).ToList() : [];
        static List<string> Codes(IEnumerable<SponsorshipTable.Row> rows) => [.. rows.Select(r => r.State!).Distinct()];
        table.Fact("sponsors", covered ? Codes(own.Where(r => r.Kind == "sponsor")) : null);
        table.Fact("additional_sponsors", covered ? Codes(own.Where(r => r.Kind == "additional")) : null);
        table.Fact("sponsors_for_groups", covered ? sponsors!.States.Where(r => r.OnBehalfOf is not null).Select(r => $"{r.State} for {r.OnBehalfOf}").Distinct().ToList() : null);
        table.Fact("sponsors_non_state", covered ? sponsors!.NonState.Select(r => r.Class == "organ" ? r.Name : $"'{r.Name}' (not mapped to a state: {r.File}:{r.Line})").ToList() : null);
        table.Fact("sponsor_lists", sponsors is null ? null : covered
            ? $"{string.Join(", ", sponsors.Rows.Select(r => $"{r.Source} {r.File}:{r.Line}").Distinct())} (coverage: {sponsors.Coverage})"
            : $"not on record (the sponsor lists cover {sponsors.Coverage})");
    }
}
