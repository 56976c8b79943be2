using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Questions;

/// <summary>What every agreement question is asked within: forum, seats, periods, convention, issue, years, measures.</summary>
/// <remarks>The choice lists and bounds live here and nowhere else; <see cref="Read"/> checks them once for every
/// question and shell, so a frame that one shell refuses the other refuses with the same words.</remarks>
public sealed record AgreementFrame(Forum Forum, bool MergePredecessors, PeriodKind By, AgreementConvention Convention, IssueSet Issue, int? From, int? To, int MinN, string Metric)
{
    public static readonly string[] PeriodChoices = ["year", "session", "decade", "issue", "all"];

    public static readonly string[] ConventionChoices = ["all", "voeten", "bsv", "statedept"];

    public static readonly ParameterSpec ForumSpec = new("forum", "ga (General Assembly, default) or sc (Security Council).", Choices: QuestionArgs.Forums);
    public static readonly ParameterSpec FromSpec = new("from", "First year (inclusive).");
    public static readonly ParameterSpec ToSpec = new("to", "Last year (inclusive).");
    public static readonly ParameterSpec BySpec = new("by", "Periods: year, session, decade, issue or all (default: year; session for --convention bsv).", Choices: PeriodChoices);
    public static readonly ParameterSpec MetricSpec = new("metric", "agree, identical, s, kappa, pi, coincidence or all (default: the convention's headline measure; all for one pair).", Choices: AgreementMetrics.Choices);
    public static readonly ParameterSpec ConventionSpec = new("convention", "Which votes count: all (default), voeten, bsv or statedept (see docs/methods.md).", Choices: ConventionChoices);
    public static readonly ParameterSpec MinNSpec = new("min-n", "Fewest common votes for a value to be reported (default 10); below it the value is empty, n is still shown.");
    public static readonly ParameterSpec IssueSpec = new("issue", "Only decisions in this issue area (code or name: concord issues), e.g. human_rights, territorial_integrity, syria, sanctions.");
    public static readonly ParameterSpec NoPredecessorsSpec = new("no-predecessors", "Count only a state's own votes (not, e.g., the USSR's for Russia).", Flag: true);

    /// <summary>The frame's parameters, in the order help lists them.</summary>
    public static readonly IReadOnlyList<ParameterSpec> Specs = [ForumSpec, FromSpec, ToSpec, BySpec, MetricSpec, ConventionSpec, MinNSpec, IssueSpec, NoPredecessorsSpec];

    /// <summary>Reads and checks the frame. <paramref name="allPairs"/> picks the default measure (the headline one for
    /// every pair, all of them for one pair); <paramref name="by"/> fixes the periods for questions that have one.</summary>
    public static AgreementFrame Read(QuestionArgs args, LoadedRecord record, bool allPairs, PeriodKind? by = null)
    {
        var forum = args.Forum();
        var (from, to) = args.Years(record);
        var convention = AgreementConventions.Parse(args.Choice("convention", "all", ConventionChoices)!);
        var kind = by ?? (args.Choice("by", null, PeriodChoices) is { } k ? Enum.Parse<PeriodKind>(k, ignoreCase: true) : convention.DefaultPeriod());
        var metric = args.Choice("metric", null, AgreementMetrics.Choices) ?? AgreementMetrics.DefaultFor(convention, allPairs);
        var minN = args.Int("min-n", 10, 1, 10_000);
        var issue = args.Issue();
        var merge = !args.Flag("no-predecessors");
        return new AgreementFrame(forum, merge, kind, convention, issue, from, to, minN, metric);
    }

    public (string Column, Func<AgreementScores, double?> Value)[] Measures => AgreementMetrics.Select(Metric);

    /// <summary>The frame's periods of its forum's matrix (cached by the source).</summary>
    public IReadOnlyList<Period> Periods(LoadedRecord record) =>
        record.Periods(Forum, MergePredecessors, By, Convention, Issue, From, To);

    /// <summary>The facts every agreement answer states about its frame.</summary>
    public void Describe(ResultTable table)
    {
        table.Fact("forum", Forum.Code());
        table.Fact("convention", Convention.Describe());
        table.Fact("periods", By.ToString().ToLowerInvariant());
        table.Fact("from", From);
        table.Fact("to", To);
        table.Fact("issue", Issue == IssueSet.None ? null : IssueSets.Code(Issue));
        table.Fact("min_n", MinN);
        table.Fact("predecessors", MergePredecessors);
    }
}
