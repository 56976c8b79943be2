using Concord.Sponsorships;
using Concord.States;

namespace Concord.Tests.Sponsorships;

public class GroupAttributionTest
{
    private static readonly DateOnly s_2022 = new(2022, 12, 15);
    private const string Nam = "(ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE MOVEMENT OF NON-ALIGNED COUNTRIES)";
    private readonly SponsorListParser _parser = new(StateRegistry.Default);

    private List<SourceSponsorship> List(DateOnly on, params string[] entries)
    {
        var list = new List<SourceSponsorship>();
        for (var i = 0; i < entries.Length; i++)
        {
            list.AddRange(_parser.Parse(entries[i], on).Select(s => new SourceSponsorship(SponsorKind.Sponsor, i, entries[i], s)));
        }

        return list;
    }

    private static string Read(IEnumerable<SourceSponsorship> list) =>
        string.Join(" ", list.Select(s => s.Sponsor.State + (SponsorGroups.CodeOf(s.Sponsor.OnBehalfOf) is { } g ? "/" + g : "")));

    [Fact]
    public void Repair_PhraseOnANonMemberAfterAMember_GoesToTheMember()
    {
        // Given A/RES/77/213's list as DGACM writes it: the Non-Aligned phrase on Russia, which is not in the Movement
        var list = List(s_2022, "CHINA", "CUBA", "RUSSIAN FEDERATION " + Nam);

        // When the attribution is repaired
        var moved = GroupAttribution.Repair(list, s_2022);

        // Then Cuba, the member before it, speaks for the Movement and Russia sponsors in its own name
        Assert.Equal(1, moved);
        Assert.Equal("CHN CUB/NAM RUS", Read(list));
        Assert.Equal("RUSSIAN FEDERATION", list[2].Sponsor.Name);
        Assert.Equal("RUSSIAN FEDERATION " + Nam, list[2].Entry);
    }

    [Theory]
    [InlineData("CHINA|CUBA " + Nam + "|EL SALVADOR", "CHN CUB/NAM SLV")]
    [InlineData("CHINA|INDONESIA " + Nam, "CHN IDN/NAM")]
    [InlineData("FRANCE|RUSSIAN FEDERATION " + Nam, "FRA RUS/NAM")]
    [InlineData("RUSSIAN FEDERATION " + Nam, "RUS/NAM")]
    public void Repair_PhraseOnAMember_OrWithNoMemberBefore_StaysAsWritten(string entries, string expected)
    {
        // Given a phrase on a member of the group, or on a non-member with no member just before it
        var list = List(s_2022, entries.Split('|'));

        // When the attribution is repaired
        var moved = GroupAttribution.Repair(list, s_2022);

        // Then nothing moves: only a member just before the phrase can be the speaker it was meant for
        Assert.Equal(expected == Read(List(s_2022, entries.Split('|'))) ? 0 : 1, moved);
        Assert.Equal(expected, Read(list));
    }

    [Fact]
    public void Repair_ASentenceList_MovesThePhraseWithinTheEntry()
    {
        // Given a session-80 list written as one sentence, the phrase on the wrong name
        const string entry = "China, Cuba and Russian Federation (on behalf of the States Members of the United Nations that are members of the Movement of Non-Aligned Countries)";
        var on = new DateOnly(2025, 12, 18);
        var list = List(on, entry);

        // When the attribution is repaired
        GroupAttribution.Repair(list, on);

        // Then the phrase goes to Cuba, as in a list of entries
        Assert.Equal("CHN CUB/NAM RUS", Read(list));
    }

    [Fact]
    public void Repair_MembershipIsReadOnTheDay()
    {
        // Given Mali speaking for ECOWAS after Mali left it (29 January 2025), with Nigeria, a member, before it
        const string entry = "MALI (ON BEHALF OF THE STATES MEMBERS OF THE UNITED NATIONS THAT ARE MEMBERS OF THE ECONOMIC COMMUNITY OF WEST AFRICAN STATES)";
        var before = new DateOnly(2024, 12, 1);
        var after = new DateOnly(2025, 12, 1);
        var early = List(before, "NIGERIA", entry);
        var late = List(after, "NIGERIA", entry);

        // When each is repaired on its own date
        GroupAttribution.Repair(early, before);
        GroupAttribution.Repair(late, after);

        // Then the phrase stays with Mali while it was a member and goes to Nigeria after
        Assert.Equal("NGA MLI/ECOWAS", Read(early));
        Assert.Equal("NGA/ECOWAS MLI", Read(late));
    }
}
