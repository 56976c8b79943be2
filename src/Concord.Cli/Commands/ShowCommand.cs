using System.CommandLine;
using Concord.Cli.Output;
using Concord.Domain;
using Concord.Store;

namespace Concord.Cli.Commands;

/// <summary><c>concord show SYMBOL</c>: one decision, its outcome and tally, every member's vote, and where each fact came from.</summary>
internal static class ShowCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var symbol = new Argument<string>("symbol") { Description = "A resolution or draft symbol: A/RES/68/262, S/RES/2448(2018), S/2019/186." };
        var format = CliContext.FormatOption();
        var cmd = new Command("show", "One decision: date, title, outcome, tally, every member's vote.") { symbol, format };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            var wanted = ctx.Parse.GetValue(symbol)!;
            if (wanted.Length is 0 or > 80)
            {
                throw new ArgumentException("A symbol is 1 to 80 characters long, like A/RES/68/262.");
            }

            using var db = ctx.OpenDatabase();
            var detail = DecisionQuery.Find(db, wanted) ?? throw new UserFacingException($"No decision with symbol '{wanted}' in {db.Path}.");
            var sponsors = detail.Decision.Forum == "ga" ? SponsorshipQuery.ForShow(db, detail.Decision.Id) : null;
            ctx.Write(ToTable(detail, IssueQuery.ForDecision(db, detail.Decision.Id), sponsors), format);
            return 0;
        }));
        return cmd;
    }

    internal static ResultTable ToTable(DecisionQuery.Detail detail, IReadOnlyList<IssueQuery.Reason>? issues = null, SponsorshipQuery.DecisionSponsors? sponsors = null)
    {
        var d = detail.Decision;
        var table = new ResultTable($"{d.Symbol ?? d.Key}", "state", "name", "vote", "source", "line");
        table.Fact("symbol", d.Symbol);
        table.Fact("forum", ForumCodes.Parse(d.Forum).DisplayName());
        table.Fact("date", d.Date);
        table.Fact("title", d.Title);
        table.Fact("kind", d.Kind);
        table.Fact("outcome", d.Outcome);
        table.Fact("tally", d.RecordedVote ? d.Tally?.ToString() : "adopted without a vote");
        if (d.Tally?.NonVoting is int nv)
        {
            table.Fact("non_voting", nv);
        }

        if (d.Session is not null)
        {
            table.Fact("session", d.Session);
        }

        if (d.Draft is not null)
        {
            table.Fact("draft", d.Draft);
        }

        if (d.Meeting is not null)
        {
            table.Fact("meeting", d.Meeting);
        }

        if (d.AgendaItem is not null)
        {
            table.Fact("agenda_item", d.AgendaItem);
        }

        if (d.Forum == "sc")
        {
            var (topic, rule, field) = Concord.Council.CouncilTopics.Default.Explain(d.AgendaItem, d.Title, d.Subjects);
            table.Fact("topic", field is null ? topic : $"{topic} (rule '{rule}' matched the {field})");
        }

        if (issues is not null)
        {
            // Each area with the rule (or the standard's implication) that put the decision there, so a reader can check or dispute it.
            table.Fact("issue_areas", issues.Count == 0 ? "none (no rule of Reference/issue_rules.csv matched)" : string.Join(" ", issues.Select(i => i.Area).Distinct()));
            table.Fact("issue_rules", issues.Select(i => i.Rule.StartsWith("implied-by:", StringComparison.Ordinal)
                ? $"{i.Area}: {i.Rule} ({i.Why})"
                : $"{i.Area}{(i.Country is null ? "" : $" [{i.Country}]")}: {i.Rule} matched '{i.Matched}' ({i.Why})").ToList());
        }

        if (d.Issues is not null)
        {
            table.Fact("unvotes_issues", d.Issues);
        }

        if (detail.Vetoers.Count > 0)
        {
            table.Fact("vetoed_by", detail.Vetoers.ToList());
        }

        var counted = new Tally(detail.Votes.Count(v => v.Vote == Vote.Yes), detail.Votes.Count(v => v.Vote == Vote.No), detail.Votes.Count(v => v.Vote == Vote.Abstain));
        if (detail.Votes.Count > 0)
        {
            table.Fact("member_votes", $"{counted} ({detail.Votes.Count(v => v.Vote == Vote.NonVoting)} non-voting)");
        }

        if (sponsors is not null)
        {
            AddSponsors(table, sponsors);
        }

        table.Fact("sources", detail.Sources.Select(s => $"{s.Source} {s.File}:{s.Line} ({s.SourceKey})").ToList());
        if (detail.Related.Count > 0)
        {
            table.Fact("other_roll_calls", detail.Related.Select(r => $"{r.Kind} {r.Date:yyyy-MM-dd} {r.Tally} {r.Key}").ToList());
        }

        if (detail.Violations.Count > 0)
        {
            // One line per class and outcome: a record withheld whole would otherwise repeat the same sentence per member.
            table.Fact("invariants", detail.Violations.GroupBy(x => (x.Class, x.Outcome, x.How, x.Source, x.File))
                .Select(g => $"{g.Key.Class} ({g.Key.Outcome}){(g.Any(x => x.State is not null) ? " " + string.Join(" ", g.Select(x => x.State).Distinct()) : "")}: {g.First().Detail}{(g.Count() > 1 ? $" (and {g.Count() - 1} more)" : "")}; {g.Key.How} [{g.Key.Source} {g.Key.File}:{g.Min(x => x.Line)}]").ToList());
        }

        if (detail.Withheld.Count > 0)
        {
            table.Fact("withheld_votes", detail.Withheld.Select(w => $"{w.State} {w.Vote.Label()} ({w.Source}:{w.Line}, {w.Class})").ToList());
            table.Notes.Add($"{detail.Withheld.Count} vote(s) a source gave for this decision broke an invariant and are kept out of every analysis (withheld_votes); concord data check --invariants --symbol {d.Symbol ?? d.Draft} says why.");
        }

        foreach (var v in detail.Votes)
        {
            table.Add(v.State, v.Name, v.Vote.Label(), v.Source, v.Line);
        }

        if (d.Tally is { } t && detail.Votes.Count > 0 && (t.Yes, t.No, t.Abstain) != (counted.Yes, counted.No, counted.Abstain))
        {
            table.Notes.Add($"The member votes on record ({counted}) differ from the published tally ({t}); see concord data check --symbol {d.Symbol}.");
        }

        return table;
    }

    /// <summary>The sponsors, states first (drafters, then those who joined, then states for a group), then the rest.</summary>
    private static void AddSponsors(ResultTable table, SponsorshipQuery.DecisionSponsors sponsors)
    {
        if (!sponsors.Covered)
        {
            table.Fact("sponsors", $"not on record (the sponsor lists cover {sponsors.Coverage})");
            return;
        }

        static string Codes(IEnumerable<SponsorshipQuery.Row> rows) => string.Join(" ", rows.Select(r => r.State).Distinct());
        var own = sponsors.States.Where(r => r.OnBehalfOf is null).ToList();
        table.Fact("sponsors", own.Any(r => r.Kind == "sponsor") ? Codes(own.Where(r => r.Kind == "sponsor")) : "no state in its own name");
        if (own.Any(r => r.Kind == "additional"))
        {
            table.Fact("additional_sponsors", Codes(own.Where(r => r.Kind == "additional")));
        }

        var forGroups = sponsors.States.Where(r => r.OnBehalfOf is not null).ToList();
        if (forGroups.Count > 0)
        {
            table.Fact("sponsors_for_groups", forGroups.Select(r => $"{r.State} for {r.OnBehalfOf}").Distinct().ToList());
        }

        var others = sponsors.NonState.ToList();
        if (others.Count > 0)
        {
            table.Fact("sponsors_non_state", others.Select(r => r.Class == "organ" ? r.Name : $"'{r.Name}' (not mapped to a state: {r.File}:{r.Line})").ToList());
        }

        var where = sponsors.Rows.Select(r => $"{r.Source} {r.File}:{r.Line}").Distinct().ToList();
        table.Fact("sponsor_lists", $"{(where.Count == 0 ? "none listed" : string.Join(", ", where))} (coverage: {sponsors.Coverage})");
    }
}
