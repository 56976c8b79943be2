using Concord.Analysis.Agreement;
using Concord.Issues;

namespace Concord.Tests.Issues;

public sealed class IssueEvaluationTest
{
    [Fact]
    public void Evaluate_HandComputedCase()
    {
        // Given five decisions: gold and rules agree twice on hr, the rules add hr once, miss it once, and one is outside the sessions
        IssueEvaluation.Item[] items =
        [
            new(10, IssueSet.HumanRights, IssueSet.HumanRights),
            new(11, IssueSet.HumanRights | IssueSet.Colonialism, IssueSet.HumanRights),
            new(12, IssueSet.None, IssueSet.HumanRights),
            new(13, IssueSet.HumanRights, IssueSet.None),
            new(60, IssueSet.HumanRights, IssueSet.None),
        ];

        // When scored on sessions 1-59
        var scores = IssueEvaluation.Evaluate(items, IssueSet.HumanRights | IssueSet.Colonialism, 1, 59);

        // Then hr: tp 2, fp 1, fn 1 -> P = R = F1 = 2/3; co: tp 0, fp 0, fn 1 -> precision undefined, recall 0, F1 undefined
        var hr = scores.Single(s => s.Area == "hr");
        Assert.Equal((2, 1, 1), (hr.TruePositives, hr.FalsePositives, hr.FalseNegatives));
        Assert.Equal(2.0 / 3, hr.Precision!.Value, 12);
        Assert.Equal(2.0 / 3, hr.F1!.Value, 12);
        var co = scores.Single(s => s.Area == "co");
        Assert.Null(co.Precision);
        Assert.Equal(0.0, co.Recall);
        Assert.Null(co.F1);
    }
}
