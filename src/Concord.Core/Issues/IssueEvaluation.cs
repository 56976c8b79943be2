using Concord.Analysis.Agreement;

namespace Concord.Issues;

/// <summary>Precision, recall and F1 of the rules against a gold standard, area by area.</summary>
public static class IssueEvaluation
{
    /// <summary>One decision: its session, the gold areas and the areas the rules gave.</summary>
    public readonly record struct Item(int Session, IssueSet Gold, IssueSet Rules);

    /// <summary>The score of one area on a set of decisions. Precision or recall is null when it has no denominator.</summary>
    public sealed record Score(string Area, int TruePositives, int FalsePositives, int FalseNegatives)
    {
        public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

        public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

        public double? F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : null;
    }

    /// <summary>Scores every area in <paramref name="areas"/> on the decisions of sessions <paramref name="fromSession"/>..<paramref name="toSession"/>.</summary>
    public static IReadOnlyList<Score> Evaluate(IReadOnlyList<Item> items, IssueSet areas, int fromSession, int toSession)
    {
        var scores = new List<Score>();
        foreach (var (flag, code, _) in IssueSets.All)
        {
            if ((areas & flag) == 0)
            {
                continue;
            }

            int tp = 0, fp = 0, fn = 0;
            foreach (var item in items)
            {
                if (item.Session < fromSession || item.Session > toSession)
                {
                    continue;
                }

                var gold = (item.Gold & flag) != 0;
                var rules = (item.Rules & flag) != 0;
                if (gold && rules)
                {
                    tp++;
                }
                else if (rules)
                {
                    fp++;
                }
                else if (gold)
                {
                    fn++;
                }
            }

            scores.Add(new Score(code, tp, fp, fn));
        }

        return scores;
    }
}
