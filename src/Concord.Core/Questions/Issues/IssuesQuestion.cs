using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;
using Concord.Store;

namespace Concord.Questions.Issues;

/// <summary><c>issues</c>: the issue areas (the codes the <c>issue</c> parameter takes), with the decisions in each; the
/// dashboard's issue picker lists these rows.</summary>
/// <remarks>The evaluation of the classifier (<c>concord issues --evaluate</c>) reads the hand labels from the data folder,
/// which only the CLI has: it is <see cref="Evaluation"/>, not a parameter of this question.</remarks>
public sealed class IssuesQuestion : Question
{
    /// <summary>Rules are tuned on the unvotes sessions before this one and scored on it and the later sessions the gold covers.</summary>
    public const int FirstHeldBackSession = 60;

    public const int LastGoldSession = 74;

    public override string Name => "issues";

    public override string Summary => "The issue areas (the codes 'issue' takes), with the number of decisions in each.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    /// <param name="Decisions">Decisions per (area code, forum code).</param>
    public sealed record Answer(IReadOnlyDictionary<(string Area, string Forum), long> Decisions);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record));

    public static Answer Run(LoadedRecord record) => new(record.Read(IssueTable.ByArea));

    public static ResultTable ToTable(Answer answer)
    {
        var table = new ResultTable("Issue areas", "area", "name", "ga_decisions", "sc_decisions", "rules");
        foreach (var (flag, code, name) in IssueSets.All)
        {
            var rules = IssueClassifier.Default.Rules.Count(r => r.Effect == IssueRuleEffect.Add && (r.Areas & flag) != 0);
            table.Add(code, name, answer.Decisions.GetValueOrDefault((code, "ga")), answer.Decisions.GetValueOrDefault((code, "sc")), rules);
        }

        table.Notes.Add("Areas follow the labelling standard (data/labels/README.md) and come from the rules in Reference/issue_rules.csv and the standard's implications; `concord show SYMBOL` says which put a decision in an area.");
        return table;
    }

    /// <summary>Precision, recall and F1 per area: against the hand-labelled development set (read from <paramref name="dataDir"/>)
    /// and against the unvotes issue codes (tuning sessions 1-59, held back 60-74).</summary>
    public static ResultTable Evaluation(ConcordDatabase db, string dataDir)
    {
        var table = new ResultTable("Issue areas against hand labels and the unvotes codes", "gold", "sessions", "area", "precision", "recall", "f1", "support", "true_pos", "false_pos", "false_neg");
        var (dev, missing) = IssueTable.AgainstLabels(db, IssueLabelSet.Read(dataDir));
        var devScores = IssueEvaluation.Evaluate(dev, [.. IssueSets.All.Select(a => (a.Flag, a.Code))]);
        foreach (var s in devScores.Append(IssueEvaluation.Micro(devScores)))
        {
            Add(table, "dev labels", "74-80", s);
        }

        var unvotes = IssueTable.AgainstUnvotes(db);
        var codes = IssueSets.UnvotesCodes.Select(u => (u.Area, $"{u.Code}~{IssueSets.Code(u.Area)}")).ToList();
        foreach (var (label, from, to) in new[] { ("1-59 (tuning)", 1, FirstHeldBackSession - 1), ($"{FirstHeldBackSession}-{LastGoldSession} (held back)", FirstHeldBackSession, LastGoldSession) })
        {
            var scores = IssueEvaluation.Evaluate([.. unvotes.Where(i => i.Session >= from && i.Session <= to)], codes);
            foreach (var s in scores.Append(IssueEvaluation.Micro(scores)))
            {
                Add(table, "unvotes", label, s);
            }
        }

        table.Fact("dev_labelled", dev.Count);
        table.Fact("unvotes_roll_calls", unvotes.Count);
        if (missing.Count > 0)
        {
            table.Notes.Add($"Labelled symbols not in the record, left out: {string.Join(", ", missing)}.");
        }

        table.Notes.Add("The rules were written from the labelling standard and tuned on unvotes sessions 1-59; the dev rows were read, so the dev figures are not blind (docs/methods.md).");
        return table;
    }

    private static void Add(ResultTable table, string gold, string sessions, IssueEvaluation.Score s) =>
        table.Add(gold, sessions, s.Area, Round(s.Precision), Round(s.Recall), Round(s.F1), s.Support, s.TruePositives, s.FalsePositives, s.FalseNegatives);

    private static double? Round(double? x) => x is { } v ? Math.Round(v, 3) : null;
}
