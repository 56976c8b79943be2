using System.CommandLine;
using Concord.Cli.Output;
using Concord.Council;
using Concord.Domain;
using Concord.States;

namespace Concord.Cli.Commands;

/// <summary><c>concord vetoes</c> and <c>concord sc A B</c>: the Security Council's record of vetoes and votes (<c>members sc</c> is the members question, <see cref="Queries.Forums.MembersQuestion"/>).</summary>
internal static class CouncilCommands
{
    public static Command Vetoes(TextWriter stdout, TextWriter stderr)
    {
        var by = new Option<string?>("--by") { Description = "Vetoes cast by any of these permanent members (comma-separated codes or names, e.g. CHN,RUS)." };
        var joint = new Option<bool>("--joint") { Description = "Only joint vetoes: cast by two or more permanent members (by all of --by when given)." };
        var from = new Option<int?>("--from") { Description = "First year (inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        // A fixed description: building the topic rules here would compile their patterns at every start of the CLI.
        var topic = new Option<string?>("--topic") { Description = "Only drafts on this topic (or part of its name), e.g. Syria, Ukraine, Korea / DPRK, Myanmar, Venezuela, Israel / Palestine; the rules are in docs/methods.md." };
        var noPredecessors = new Option<bool>("--no-predecessors") { Description = "Keep the USSR's vetoes apart from Russia's." };
        var issue = new Option<string?>("--issue") { Description = AgreementFrame.IssueSpec.Description };
        var format = CliContext.FormatOption();
        var cmd = new Command("vetoes", "Every vetoed Council draft: date, draft, meeting, topic, who vetoed, the tally and the other permanent members' votes.")
        {
            by, joint, from, to, topic, issue, noPredecessors, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            Validate.Years(ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            var members = ParseMembers(ctx.Parse.GetValue(by));
            var t = ctx.Parse.GetValue(topic);
            if (t is { Length: > 80 })
            {
                throw new ArgumentException("--topic is at most 80 characters.");
            }

            using var db = ctx.OpenDatabase();
            var record = CouncilRecord.Load(db, !ctx.Parse.GetValue(noPredecessors)).InIssue(Concord.Analysis.Agreement.IssueSets.ParseOrNone(ctx.Parse.GetValue(issue)));
            var list = VetoQuery.List(record, members, ctx.Parse.GetValue(joint), ctx.Parse.GetValue(from), ctx.Parse.GetValue(to), t);
            var table = new ResultTable("Vetoed Security Council drafts", "date", "draft", "meeting", "topic", "vetoed_by", "counted_as", "tally", "permanent_members", "agenda_item");
            foreach (var d in list)
            {
                // vetoed_by is the state that cast the veto (the USSR as SUN); counted_as the seat it is counted under here.
                table.Add(d.Date, d.Draft ?? d.Symbol, d.Meeting, d.Topic, string.Join(" ", d.VetoersAsCast.Count > 0 ? d.VetoersAsCast : d.Vetoers), string.Join(" ", d.Vetoers), d.Tally?.ToString(), PermanentVotes(d), d.AgendaItem);
            }

            table.Fact("vetoes", list.Count);
            table.Fact("joint_vetoes", list.Count(d => d.Vetoers.Count >= 2));
            if (members.Count > 0)
            {
                table.Fact("by", string.Join(", ", members));
            }

            table.Notes.AddRange(VetoQuery.CoverageNotes(record));
            table.Notes.Add("A veto is a negative vote by a permanent member on a draft that therefore failed; drafts that lacked the nine (before 1966 seven) affirmative votes are 'failed', not vetoed.");
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    public static Command Pair(TextWriter stdout, TextWriter stderr)
    {
        var a = new Argument<string>("a") { Description = "First member (code or name, e.g. CHN)." };
        var b = new Argument<string>("b") { Description = "Second member (e.g. RUS)." };
        var from = new Option<int?>("--from") { Description = "First year (inclusive)." };
        var to = new Option<int?>("--to") { Description = "Last year (inclusive)." };
        var by = new Option<string>("--by") { Description = "period (default: 1946-1971, 1972-1991, 1992-2000, 2001-2012, 2013-2021, 2022-present), year or topic.", DefaultValueFactory = _ => "period" };
        by.AcceptOnlyFromAmong("period", "year", "topic");
        var list = new Option<string?>("--list") { Description = "List the decisions behind one count: " + string.Join(", ", PatternKinds.Codes) + "." };
        list.AcceptOnlyFromAmong([.. PatternKinds.Codes]);
        var noPredecessors = new Option<bool>("--no-predecessors") { Description = "Keep the USSR's votes apart from Russia's." };
        var issue = new Option<string?>("--issue") { Description = AgreementFrame.IssueSpec.Description };
        var format = CliContext.FormatOption();
        var cmd = new Command("sc", "Two members' Council pattern: joint vetoes, one vetoing while the other abstained or voted yes, co-abstentions, split votes, lone votes.")
        {
            a, b, from, to, by, list, issue, noPredecessors, format,
        };
        cmd.SetAction(ConcordApp.Action(stdout, stderr, ctx =>
        {
            Validate.Years(ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            var registry = StateRegistry.Default;
            var sa = registry.Resolve(ctx.Parse.GetValue(a)!);
            var sb = registry.Resolve(ctx.Parse.GetValue(b)!);
            using var db = ctx.OpenDatabase();
            var record = CouncilRecord.Load(db, !ctx.Parse.GetValue(noPredecessors)).InIssue(Concord.Analysis.Agreement.IssueSets.ParseOrNone(ctx.Parse.GetValue(issue)));
            var grouping = Enum.Parse<CouncilPattern.Grouping>(ctx.Parse.GetValue(by)!, ignoreCase: true);
            var periods = CouncilPattern.Compute(record, sa.Code, sb.Code, grouping, ctx.Parse.GetValue(from), ctx.Parse.GetValue(to));
            var format2 = ctx.Parse.GetValue(list);
            if (format2 is not null)
            {
                PatternKinds.TryParse(format2, out var kind);
                var evidence = new ResultTable(kind.Describe(sa.Code, sb.Code), "period", "date", "symbol", "outcome", "topic", "tally", sa.Code, sb.Code, "vetoed_by", "agenda_item");
                foreach (var p in periods)
                {
                    foreach (var d in p.Cases.TryGetValue(kind, out var cases) ? cases : [])
                    {
                        evidence.Add(p.Period, d.Date, d.Label, d.Outcome.ToString().ToLowerInvariant(), d.Topic, d.Tally?.ToString(), d.VoteOf(sa.Code).Label(), d.VoteOf(sb.Code).Label(), d.VetoedByText, d.AgendaItem);
                    }
                }

                evidence.Fact("count", evidence.Rows.Count);
                evidence.Notes.AddRange(VetoQuery.CoverageNotes(record));
                ctx.Write(evidence, format);
                return 0;
            }

            var table = new ResultTable($"{sa.Name} and {sb.Name} in the Security Council", "period", "decisions", "both_voted", "joint_vetoes",
                $"{sa.Code}_vetoed_{sb.Code}_abstained", $"{sa.Code}_vetoed_{sb.Code}_yes", $"{sb.Code}_vetoed_{sa.Code}_abstained", $"{sb.Code}_vetoed_{sa.Code}_yes",
                "co_abstentions", "split_votes", $"{sa.Code}_lone_no", $"{sb.Code}_lone_no", $"{sa.Code}_lone_abstain", $"{sb.Code}_lone_abstain");
            foreach (var p in periods)
            {
                table.Add(p.Period, p.Decisions, p.BothVoted, p.Count(PatternKind.JointVeto), p.Describe(PatternKind.AVetoedBAbstained), p.Describe(PatternKind.AVetoedBYes),
                    p.Describe(PatternKind.BVetoedAAbstained), p.Describe(PatternKind.BVetoedAYes), p.Count(PatternKind.CoAbstention), p.Count(PatternKind.SplitVote),
                    p.Count(PatternKind.ALoneNo), p.Count(PatternKind.BLoneNo), p.Count(PatternKind.ALoneAbstain), p.Count(PatternKind.BLoneAbstain));
            }

            table.Fact("a", Queries.Agreement.AgreementQuery.Describe(sa.Code, !ctx.Parse.GetValue(noPredecessors)));
            table.Fact("b", Queries.Agreement.AgreementQuery.Describe(sb.Code, !ctx.Parse.GetValue(noPredecessors)));
            table.Notes.Add("List the decisions behind any count with --list, e.g. --list joint-veto, --list co-abstention.");
            table.Notes.Add("Co-abstentions count adopted resolutions; lone votes and split votes count decisions where both members' votes are recorded.");
            table.Notes.Add("'unknown' and 'at least': one member vetoed and the other's vote is not on record (most vetoes before 1994 are known only from the veto lists), so how the other voted cannot be counted.");
            table.Notes.AddRange(VetoQuery.CoverageNotes(record));
            ctx.Write(table, format);
            return 0;
        }));
        return cmd;
    }

    private static List<string> ParseMembers(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 5)
        {
            throw new ArgumentException("--by takes at most the five permanent members.");
        }

        return parts.Select(p => StateRegistry.Default.Resolve(p).Code).Distinct().ToList();
    }

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
