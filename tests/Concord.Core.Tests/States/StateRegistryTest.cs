using Concord.States;

namespace Concord.Tests.States;

public class StateRegistryTest
{
    private static readonly StateRegistry Registry = StateRegistry.Default;

    [Theory]
    [InlineData("CHINA", "1950-06-01", "TWN")]
    [InlineData("CHINA", "1980-06-01", "CHN")]
    // The ROC still voted on 25 Oct 1971 (before A/RES/2758 was adopted); the PRC from 26 Oct.
    [InlineData("China", "1971-10-25", "TWN")]
    [InlineData("China", "1971-10-26", "CHN")]
    [InlineData("Russia", "1980-06-01", "SUN")]
    [InlineData("Russia", "1995-06-01", "RUS")]
    [InlineData("Russian Federation", "1991-12-23", "SUN")]
    [InlineData("Russian Federation", "1991-12-24", "RUS")]
    public void Resolve_DatedAlias_GivesTheStateThatHeldTheNameOnThatDay(string name, string on, string expected)
    {
        // Given a name whose meaning changed over time
        var date = DateOnly.ParseExact(on, "yyyy-MM-dd");

        // When it is resolved on a given date
        var state = Registry.Resolve(name, date);

        // Then the state of that day answers
        Assert.Equal(expected, state.Code);
    }

    [Fact]
    public void Resolve_DatedAliasWithoutDate_GivesTheCurrentState()
    {
        // Given / When a dated alias is resolved without a date
        var china = Registry.Resolve("CHINA");
        var russia = Registry.Resolve("Russia");

        // Then the open-ended (current) meaning is used
        Assert.Equal("CHN", china.Code);
        Assert.Equal("RUS", russia.Code);
    }

    [Theory]
    [InlineData("Côte d\u2019Ivoire", "CIV")]
    [InlineData("CÔTE D'IVOIRE", "CIV")]
    [InlineData("cote d'ivoire", "CIV")]
    [InlineData("TÜRKİYE", "TUR")]
    [InlineData("Turkey", "TUR")]
    [InlineData("USSR", "SUN")]
    [InlineData("Taiwan", "TWN")]
    public void Resolve_SpellingVariants_FoldToOneState(string name, string expected)
    {
        // Given a spelling with accents, curly apostrophes or other case
        // When it is resolved
        var state = Registry.Resolve(name, new DateOnly(2000, 1, 1));

        // Then the same state answers
        Assert.Equal(expected, state.Code);
    }

    [Fact]
    public void Resolve_UnknownName_ThrowsWithClosestNamesInTheMessage()
    {
        // Given a misspelt name
        // When it is resolved
        var e = Assert.Throws<UnknownStateException>(() => Registry.Resolve("Rusia", new DateOnly(2000, 1, 1)));

        // Then the exception names the input and suggests Russia
        Assert.Equal("Rusia", e.Name);
        Assert.NotEmpty(e.Closest);
        Assert.True(e.Closest.Count <= 5);
        Assert.StartsWith("RUS ", e.Closest[0]);
        Assert.Contains("Unknown state 'Rusia'", e.Message);
        Assert.Contains("RUS (", e.Message);
    }

    [Fact]
    public void TryResolve_UnknownName_ReturnsFalse()
    {
        // Given a name no state answers to
        // When it is tried
        var found = Registry.TryResolve("Atlantis", new DateOnly(2000, 1, 1), out _);

        // Then nothing is found
        Assert.False(found);
    }

    [Fact]
    public void Closest_MisspeltName_PutsTheNearestStateFirst()
    {
        // Given / When the closest names to a typo are asked for
        var closest = Registry.Closest("Frence", 3);

        // Then at most three come back, France first
        Assert.Equal(3, closest.Count);
        Assert.StartsWith("FRA ", closest[0]);
    }

    [Fact]
    public void SeatPredecessors_Russia_YieldsTheUssrFromDecember1991()
    {
        // Given / When Russia's seat predecessors are asked for
        var links = Registry.SeatPredecessors("RUS").ToList();

        // Then the USSR is the one predecessor, from 24 Dec 1991
        var link = Assert.Single(links);
        Assert.Equal("SUN", link.Predecessor);
        Assert.Equal(new DateOnly(1991, 12, 24), link.From);
        Assert.Equal(SuccessionKind.Continuation, link.Kind);
    }

    [Fact]
    public void SeatPredecessors_China_YieldsNothingBecauseTheSeatTransferIsNotAContinuation()
    {
        // Given / When the PRC's seat predecessors are asked for
        var links = Registry.SeatPredecessors("CHN").ToList();

        // Then the ROC seat is not counted as the PRC's
        Assert.Empty(links);
    }

    [Fact]
    public void SeatPredecessors_Serbia_FollowsTheChainBackToYugoslavia()
    {
        // Given / When Serbia's seat predecessors are asked for
        var codes = Registry.SeatPredecessors("SRB").Select(s => s.Predecessor).ToList();

        // Then Serbia and Montenegro and then Yugoslavia come back in order
        Assert.Equal(["SCG", "YUG"], codes);
    }

    [Fact]
    public void Indexer_UnknownCode_ThrowsUnknownStateException()
    {
        // Given / When an unknown code is looked up
        // Then it throws
        Assert.Throws<UnknownStateException>(() => Registry["XXQ"]);
        Assert.Equal("France", Registry["FRA"].Name);
    }

    [Theory]
    [InlineData("côte d\u2019ivoire", "COTE D'IVOIRE")]
    [InlineData("  Bosnia   &  Herzegovina ", "BOSNIA AND HERZEGOVINA")]
    [InlineData("Trinidad & Tobago", "TRINIDAD AND TOBAGO")]
    [InlineData("TÜRKİYE", "TURKIYE")]
    [InlineData("São Tomé and Príncipe", "SAO TOME AND PRINCIPE")]
    public void Normalize_FoldsCaseAccentsApostrophesAndAmpersands(string input, string expected)
    {
        // Given / When a name is normalised
        var normal = StateNames.Normalize(input);

        // Then case, accents, curly apostrophes, '&' and runs of spaces are folded
        Assert.Equal(expected, normal);
    }

    [Theory]
    [InlineData("RUS", "1980-01-01", "1990-12-31", "SUN")]
    [InlineData("RUS", "1991-01-01", "1991-12-31", "SUN RUS")]
    [InlineData("RUS", "2000-01-01", "2000-12-31", "RUS")]
    [InlineData("RUS", "1946-01-01", "2024-12-31", "SUN RUS")]
    [InlineData("CHN", "1960-01-01", "1960-12-31", "CHN")]
    public void VotesOf_AContinuedSeat_NamesWhoseVotesStandForItInAPeriod(string code, string first, string last, string expected) =>
        Assert.Equal(expected, StateRegistry.Default.VotesOf(code, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
}
