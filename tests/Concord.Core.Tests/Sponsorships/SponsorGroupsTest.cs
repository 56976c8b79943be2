using Concord.Sponsorships;

namespace Concord.Tests.Sponsorships;

public class SponsorGroupsTest
{
    [Theory]
    [InlineData("GROUP OF 77 AND CHINA", "G77")]
    [InlineData("MOVEMENT OF NON-ALIGNED COUNTRIES", "NAM")]
    [InlineData("E ECONOMIC COMMUNITY OF WEST AFRICAN STATES", "ECOWAS")]
    [InlineData("ECONOMIC  COMMUNITY OF CENTRAL AFRICAN STATES", "ECCAS")]
    [InlineData("GROUP OF AFRICAN STATES", "AFRICAN")]
    [InlineData("ORGANISATION OF ISLAMIC COOPERATION", "OIC")]
    [InlineData("ASSOCIATION OF SOUTH-EAST ASIAN NATIONS AND THE STATES PARTIES TO THE TREATY ON THE SOUTHEAST ASIA NUCLEAR-WEAPON-FREE ZONE (BANGKOK TREATY)", "ASEAN")]
    [InlineData("UNITED NATIONS STANDING ADVISORY COMMITTEE ON SECURITY QUESTIONS IN CENTRAL AFRICA", "UNSAC")]
    [InlineData("BUREAU OF THE DISARMAMENT COMMISSION", null)]
    public void CodeOf_TheNamesTheListsWrite_AreTheGroup(string name, string? code)
    {
        // Given a group's name as the sponsor lists write it (slips included)
        // When it is looked up
        // Then it is the group on record, or none
        Assert.Equal(code, SponsorGroups.CodeOf(name));
    }

    [Theory]
    [InlineData("G77", 134)]
    [InlineData("NAM", 120)]
    [InlineData("AFRICAN", 54)]
    [InlineData("GRULAC", 33)]
    [InlineData("OIC", 57)]
    [InlineData("LAS", 22)]
    [InlineData("ASEAN", 10)]
    [InlineData("ECOWAS", 15)]
    [InlineData("SADC", 16)]
    [InlineData("ECCAS", 11)]
    public void Members_In2022_AreTheGroupsPublishedCount(string group, int count)
    {
        // Given the published size of each group in 2022 (the Group of 77 counting China, as its own list does)
        var on = new DateOnly(2022, 6, 1);

        // When the members on record that day are counted
        var members = Concord.States.StateRegistry.Default.States.Count(s => SponsorGroups.IsMember(group, s.Code, on));

        // Then they are as many as the group says it has
        Assert.Equal(count, members);
    }

    [Fact]
    public void RussiaAndChina_BelongToTheGroupsTheyBelongTo()
    {
        var on = new DateOnly(2023, 12, 19);
        Assert.Empty(SponsorGroups.GroupsOf("RUS", on));
        Assert.Equal(["G77"], SponsorGroups.GroupsOf("CHN", on));
        Assert.Contains("NAM", SponsorGroups.GroupsOf("CUB", on));
    }
}
