using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;

namespace Concord.Tests.Issues;

public sealed class IssueEvaluationTest
{
    [Fact]
    public void Evaluate_HandComputedCase()
    {
        // Given five decisions: gold and classifier agree twice on human_rights, the classifier adds it once, misses it
        // once, and one is outside the sessions
        LabelledDecision[] items =
        [
            new(10, IssueSet.HumanRights, IssueSet.HumanRights),
            new(11, IssueSet.HumanRights | IssueSet.Colonialism, IssueSet.HumanRights),
            new(12, IssueSet.None, IssueSet.HumanRights),
            new(13, IssueSet.HumanRights, IssueSet.None),
            new(60, IssueSet.HumanRights, IssueSet.None),
        ];

        // When scored on sessions 1-59
        var scores = IssueEvaluation.Evaluate(items, IssueSet.HumanRights | IssueSet.Colonialism, 1, 59);

        // Then human_rights: tp 2, fp 1, fn 1 -> P = R = F1 = 2/3; colonialism: tp 0, fp 0, fn 1 -> precision undefined, recall 0, F1 0
        var hr = scores.Single(s => s.Area == "human_rights");
        Assert.Equal((2, 1, 1), (hr.TruePositives, hr.FalsePositives, hr.FalseNegatives));
        Assert.Equal(2.0 / 3, hr.Precision!.Value, 12);
        Assert.Equal(2.0 / 3, hr.F1!.Value, 12);
        var co = scores.Single(s => s.Area == "colonialism");
        Assert.Null(co.Precision);
        Assert.Equal(0.0, co.Recall);
        Assert.Equal(0.0, co.F1);

        // And the pooled score sums the counts: tp 2, fp 1, fn 2 -> F1 = 4/7
        var micro = IssueEvaluation.Micro(scores);
        Assert.Equal((2, 1, 2), (micro.TruePositives, micro.FalsePositives, micro.FalseNegatives));
        Assert.Equal(4.0 / 7, micro.F1!.Value, 12);
    }

    [Fact]
    public void AnAreaNeitherLabelledNorPredicted_HasNoScore()
    {
        var scores = IssueEvaluation.Evaluate([new LabelledDecision(74, IssueSet.HumanRights, IssueSet.HumanRights)], [(IssueSet.Terrorism, "terrorism")]);

        Assert.Null(Assert.Single(scores).F1);
    }
}
