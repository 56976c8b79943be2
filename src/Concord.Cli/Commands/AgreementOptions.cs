using System.CommandLine;
using Concord.Analysis.Agreement;
using Concord.Cli.Output;
using Concord.Domain;

namespace Concord.Cli.Commands;

/// <summary>The options every agreement command shares, declared once with their checks.</summary>
internal sealed class AgreementOptions
{
    public Option<string> Forum { get; } = new("--forum") { Description = "ga (General Assembly, default) or sc (Security Council).", DefaultValueFactory = _ => "ga" };

    public Option<int?> From { get; } = new("--from") { Description = "First year (inclusive)." };

    public Option<int?> To { get; } = new("--to") { Description = "Last year (inclusive)." };

    public Option<string?> By { get; } = new("--by") { Description = "Periods: year, session, decade, issue or all (default: year; session for --convention bsv)." };

    public Option<string?> Metric { get; } = new("--metric") { Description = "agree, identical, s, kappa, pi, coincidence or all (default: the convention's headline measure; all for one pair)." };

    public Option<string> Convention { get; } = new("--convention") { Description = "Which votes count: all (default), voeten, bsv or statedept (see docs/methods.md).", DefaultValueFactory = _ => "all" };

    public Option<int> MinN { get; } = new("--min-n") { Description = "Fewest common votes for a value to be reported (default 10); below it the value is empty, n is still shown.", DefaultValueFactory = _ => 10 };

    public Option<string?> Issue { get; } = IssueOption();

    public Option<bool> NoPredecessors { get; } = new("--no-predecessors") { Description = "Count only a state's own votes (not, e.g., the USSR's for Russia)." };

    public Option<OutputFormat> Format { get; } = CliContext.FormatOption();

    public AgreementOptions()
    {
        Forum.AcceptOnlyFromAmong("ga", "sc");
        By.AcceptOnlyFromAmong("year", "session", "decade", "issue", "all");
        Metric.AcceptOnlyFromAmong(AgreementMetrics.Choices);
        Convention.AcceptOnlyFromAmong("all", "voeten", "bsv", "statedept");
    }

    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { Forum, From, To, By, Metric, Convention, MinN, Issue, NoPredecessors, Format })
        {
            command.Options.Add(o);
        }
    }

    /// <summary>The parsed and checked values.</summary>
    public Values Read(ParseResult parse, bool allPairs)
    {
        var from = parse.GetValue(From);
        var to = parse.GetValue(To);
        Validate.Years(from, to);
        var minN = parse.GetValue(MinN);
        if (minN is < 1 or > 10_000)
        {
            throw new ArgumentException("--min-n must be between 1 and 10000.");
        }

        var convention = AgreementConventions.Parse(parse.GetValue(Convention)!);
        var by = parse.GetValue(By) is { } b ? Enum.Parse<PeriodKind>(b, ignoreCase: true) : convention.DefaultPeriod();
        var metric = parse.GetValue(Metric) ?? AgreementMetrics.DefaultFor(convention, allPairs);
        var issue = IssueSets.ParseOrNone(parse.GetValue(Issue));
        return new Values(ForumCodes.Parse(parse.GetValue(Forum)!), from, to, by, metric, convention, minN, issue, !parse.GetValue(NoPredecessors));
    }

    /// <summary><c>--issue</c>, as every analytic command takes it (the Council commands too).</summary>
    public static Option<string?> IssueOption() =>
        new("--issue") { Description = "Only decisions in this issue area (codes: concord issues), e.g. hr, territory, syria, sanctions." };

    public sealed record Values(Forum Forum, int? From, int? To, PeriodKind By, string Metric, AgreementConvention Convention, int MinN, IssueSet Issue, bool MergePredecessors)
    {
        public Func<MatrixDecision, bool> Include => d => Convention.Includes(d) && d.IsIn(Issue);

        public IReadOnlyList<Period> Periods(VoteMatrix matrix) => Concord.Analysis.Agreement.Periods.Build(matrix, By, Include, From, To);

        public void Describe(ResultTable table)
        {
            table.Fact("forum", Forum.Code());
            table.Fact("convention", Convention.Describe());
            table.Fact("periods", By.ToString().ToLowerInvariant());
            if (Issue != IssueSet.None)
            {
                table.Fact("issue", Issue.ToString());
            }

            table.Fact("min_n", MinN);
        }
    }
}
