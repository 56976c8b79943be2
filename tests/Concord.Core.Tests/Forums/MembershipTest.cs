using Concord.Forums;
using Concord.States;

namespace Concord.Tests.Forums;

/// <summary>Membership as of a day, on the curated record (facts and sources in data/curated/memberships.csv).</summary>
public sealed class MembershipTest
{
    private static readonly Lazy<ForumRecord> s_curated = new(() => new ForumDataReader(StateRegistry.Default, DateOnly.FromDateTime(DateTime.UtcNow)).ReadCurated());

    private static string[] Members(string forum, DateOnly day) =>
        [.. s_curated.Value.On(forum, day).Where(m => m.Role == MembershipRole.Member).Select(m => m.State).Order(StringComparer.Ordinal)];

    [Fact]
    public void Sco_OnTheAstanaSummitDay_HasTenMembersBelarusIncluded()
    {
        // Founders 15 June 2001; India and Pakistan 9 June 2017; Iran 4 July 2023; Belarus 4 July 2024 (Kazinform, 4 July 2024).
        Assert.Equal(["BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"], Members("SCO", new DateOnly(2024, 7, 4)));
    }

    [Fact]
    public void Sco_TheDayBeforeBelarusJoined_HasNine()
    {
        Assert.DoesNotContain("BLR", Members("SCO", new DateOnly(2024, 7, 3)));
        Assert.Equal(9, Members("SCO", new DateOnly(2024, 7, 3)).Length);
    }

    [Fact]
    public void Sco_BeforeIndiaAndPakistan_HasTheSixFounders()
    {
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], Members("SCO", new DateOnly(2017, 6, 8)));
    }

    [Fact]
    public void ImpreciseDates_CountOnlyWhenCertain()
    {
        // Mongolia became an observer in 2004 (year only): certain from the last day of 2004, not before.
        var mongolia = s_curated.Value.Memberships.Single(m => m.Forum == "SCO" && m.State == "MNG");
        Assert.False(mongolia.IsCertainOn(new DateOnly(2004, 6, 30)));
        Assert.True(mongolia.IsCertainOn(new DateOnly(2004, 12, 31)));
    }

    [Fact]
    public void Csto_Uzbekistan_CountsBetweenRestorationAndSuspension()
    {
        Assert.Contains("UZB", Members("CSTO", new DateOnly(2010, 1, 1)));
        Assert.DoesNotContain("UZB", Members("CSTO", new DateOnly(2012, 12, 19)));
    }

    [Fact]
    public void Eas_RussiaAndTheUnitedStates_FromTheBaliSummit()
    {
        Assert.Equal(16, Members("EAS", new DateOnly(2011, 11, 18)).Length);
        Assert.Equal(18, Members("EAS", new DateOnly(2011, 11, 19)).Length);
    }

    [Fact]
    public void TryGroup_Sco_GivesTheMembersWithTheirDates()
    {
        Assert.True(s_curated.Value.TryGroup("sco", out var group));
        Assert.True(group.IsMember("IRN", new DateOnly(2023, 7, 4)));
        Assert.False(group.IsMember("IRN", new DateOnly(2023, 7, 3)));
        Assert.False(group.IsMember("MNG", new DateOnly(2020, 1, 1)));
    }

    [Fact]
    public void Groups_EuAndP5_AreMembershipsToo()
    {
        Assert.Equal(27, Members("EU", new DateOnly(2024, 1, 1)).Length);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], Members("P5", new DateOnly(2000, 1, 1)));
    }
}
