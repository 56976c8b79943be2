using Concord.Analysis.Agreement;
using Concord.Domain;

namespace Concord.Issues;

/// <summary>Precision, recall and F1 of the classifier against a gold standard, area by area and pooled (micro).</summary>
public static class IssueEvaluation
{
    /// <summary>The score of one area (or of all pooled) on a set of decisions. Precision or recall is null when it has no denominator.</summary>
    public sealed record Score(string Area, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

        public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

        /// <summary>2·TP / (2·TP + FP + FN); null when the area is neither in the gold nor predicted.</summary>
        public double? F1 => TruePositives + FalsePositives + FalseNegatives == 0 ? null
            : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);

        /// <summary>Decisions the gold puts in the area.</summary>
        public int Support => TruePositives + FalseNegatives;
    }

    /// <summary>Scores every area in <paramref name="areas"/> on the decisions of sessions <paramref name="fromSession"/>..<paramref name="toSession"/>.</summary>
    public static IReadOnlyList<Score> Evaluate(IReadOnlyList<LabelledDecision> items, IssueSet areas, int fromSession, int toSession) =>
        Evaluate([.. items.Where(i => i.Session >= fromSession && i.Session <= toSession)], IssueSets.All.Where(a => (areas & a.Flag) != 0).Select(a => (a.Flag, a.Code)).ToList());

    /// <summary>Scores each area of <paramref name="areas"/> under its label, in the order given.</summary>
    public static IReadOnlyList<Score> Evaluate(IReadOnlyList<LabelledDecision> items, IReadOnlyList<(IssueSet Area, string Label)> areas)
    {
        var scores = new List<Score>(areas.Count);
        foreach (var (flag, label) in areas)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var item in items)
            {
                var gold = (item.Gold & flag) != 0;
                var predicted = (item.Predicted & flag) != 0;
                if (gold && predicted)
                {
                    tp++;
                }
                else if (predicted)
                {
                    fp++;
                }
                else if (gold)
                {
                    fn++;
                }
            }

            scores.Add(new Score(label, tp, fp, fn));
        }

        return scores;
    }

    /// <summary>The pooled (micro-averaged) score: true and false positives and negatives summed over the areas.</summary>
    public static Score Micro(IReadOnlyList<Score> scores) =>
        new("micro", scores.Sum(s => s.TruePositives), scores.Sum(s => s.FalsePositives), scores.Sum(s => s.FalseNegatives));
}
