using Concord.Store;

namespace Concord.Tests.Store;

public class SponsorSetTest
{
    private static SponsorshipTable.SponsorSet Set(string[] own, string[] groups) =>
        new(1, "A/RES/78/134", new DateOnly(2023, 12, 19), "78", own, [], false) { Groups = groups };

    [Theory]
    [InlineData("CHN", true)]
    [InlineData("CUB", true)]
    [InlineData("RUS", false)]
    [InlineData("USA", false)]
    public void ThroughGroup_AMemberOfTheSponsoringGroup_SponsoredItAsAMember(string state, bool expected)
    {
        // Given a text the Group of 77 and China sponsored (Cuba speaking for it) and the United States in its own name
        var set = Set(["USA"], ["G77"]);

        // When each state is asked about
        // Then the group's members sponsored it through the group (China and the speaker included), others did not,
        // and a state that sponsored in its own name is counted there, not again through its group
        Assert.Equal(expected, set.ThroughGroup(state));
    }

    [Fact]
    public void ThroughGroup_AStateThatAlsoSponsoredInItsOwnName_IsNotCountedTwice()
    {
        var set = Set(["CHN"], ["G77"]);
        Assert.False(set.ThroughGroup("CHN"));
    }
}
