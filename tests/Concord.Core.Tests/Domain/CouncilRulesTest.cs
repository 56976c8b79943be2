using Concord.Council;
using Concord.Domain;

namespace Concord.Tests.Domain;

public sealed class CouncilRulesTest
{
    private static readonly DateOnly s_2019 = new(2019, 2, 28);
    private static readonly DateOnly s_1960 = new(1960, 5, 26);

    [Fact]
    public void NineYes_AndAPermanentNo_IsAVeto()
    {
        // Given the Venezuela draft's 9-3-3 with China and Russia voting no, Then vetoed
        Assert.Equal(DecisionOutcome.Vetoed, CouncilRules.Classify(9, ["CHN", "RUS"], s_2019));
    }

    [Fact]
    public void EightYes_AndAPermanentNo_FailedForLackOfVotes_NotVetoed()
    {
        // Given a draft short of nine affirmative votes, When a permanent member also voted no, Then it failed: the no blocked nothing
        Assert.Equal(DecisionOutcome.Failed, CouncilRules.Classify(8, ["RUS"], s_2019));
    }

    [Fact]
    public void NineYes_NoPermanentNo_IsAdopted_EvenWithPermanentAbstentions()
    {
        // An abstention by a permanent member is not a veto (Charter practice since 1946)
        Assert.Equal(DecisionOutcome.Adopted, CouncilRules.Classify(9, [], s_2019));
    }

    [Fact]
    public void BeforeTheEnlargement_SevenYesWereEnough()
    {
        Assert.Equal(DecisionOutcome.Vetoed, CouncilRules.Classify(7, ["SUN"], s_1960));
        Assert.Equal(DecisionOutcome.Failed, CouncilRules.Classify(6, ["SUN"], s_1960));
        Assert.Equal(DecisionOutcome.Failed, CouncilRules.Classify(8, ["RUS"], new DateOnly(1966, 1, 1)));
    }

    [Theory]
    [InlineData("1960-01-01", "TWN", "SUN")]
    [InlineData("1971-10-25", "TWN", "SUN")]
    [InlineData("1971-10-26", "CHN", "SUN")]
    [InlineData("1991-12-24", "CHN", "RUS")]
    public void PermanentMembers_FollowTheChinaSeatAndTheUssrSeat(string date, string china, string russia)
    {
        var members = CouncilRules.PermanentMembers(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(china, members);
        Assert.Contains(russia, members);
        Assert.Equal(5, members.Count);
    }
}
