using Concord.Store;
using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.States;
using static Concord.Tests.Analysis.Agreement.AgreementTestData;

namespace Concord.Tests.Analysis.Agreement;

public class VoteMatrixLoaderTest
{
    private static string Letters(VoteMatrix m, string state) =>
        new([.. m.Row(m.RowOf(state)).ToArray().Select(v => "-YANX"[v])]);

    [Fact]
    public void MergePredecessors_JoinsTheUssrIntoRussiaBeforeTheSuccession()
    {
        // Given the USSR voting until December 1991 and Russia from 1992 (Russia continued the seat on 24 Dec 1991);
        // the USSR also has a (spurious) vote after the succession, on 30 Dec 1991
        MatrixDecision[] decisions =
        [
            Decision(1, new DateOnly(1990, 10, 1)),
            Decision(2, new DateOnly(1991, 12, 23)),
            Decision(3, new DateOnly(1991, 12, 30)),
            Decision(4, new DateOnly(1992, 3, 1)),
        ];
        var m = Matrix(decisions,
            ("RUS", "---Y"),
            ("SUN", "NAY-"),
            ("USA", "YYYY"));

        // When predecessors are merged with the shipped registry
        var merged = VoteMatrixLoader.MergePredecessors(m, StateRegistry.Default);

        // Then the USSR row is gone, Russia carries its votes before 24 Dec 1991 and its own after, and the USA is untouched
        Assert.Equal(["RUS", "USA"], merged.States);
        Assert.False(merged.TryRowOf("SUN", out _));
        Assert.Equal("NA-Y", Letters(merged, "RUS"));
        Assert.Equal("YYYY", Letters(merged, "USA"));
        Assert.True(merged.PredecessorsMerged);
        Assert.Equal(decisions, merged.Decisions);

        // And the input matrix is unchanged
        Assert.Equal("---Y", Letters(m, "RUS"));
        Assert.Equal(3, m.Rows);
    }

    [Fact]
    public void MergePredecessors_FoldsTheYugoslavChainFullyIntoSerbia()
    {
        // Given Yugoslavia voting in 2000, Serbia and Montenegro in 2004 and Serbia in 2007
        // (SCG continued YUG on 4 Feb 2003, SRB continued SCG on 3 Jun 2006)
        MatrixDecision[] decisions =
        [
            Decision(1, new DateOnly(2000, 11, 1)),
            Decision(2, new DateOnly(2004, 11, 1)),
            Decision(3, new DateOnly(2007, 11, 1)),
        ];
        var m = Matrix(decisions,
            ("FRA", "YNA"),
            ("SCG", "-A-"),
            ("SRB", "--N"),
            ("YUG", "Y--"));

        // When predecessors are merged
        var merged = VoteMatrixLoader.MergePredecessors(m, StateRegistry.Default);

        // Then only Serbia is left of the three, with all three votes
        Assert.Equal(["FRA", "SRB"], merged.States);
        Assert.Equal("YAN", Letters(merged, "SRB"));
        Assert.Equal("YNA", Letters(merged, "FRA"));
    }

    [Fact]
    public void MergePredecessors_DoesNotGiveCzechoslovakiasVotesToTheCzechRepublic()
    {
        // Given Czechoslovakia voting in 1992 and the Czech Republic and Slovakia in 1994 (a dissolution)
        MatrixDecision[] decisions = [Decision(1, new DateOnly(1992, 5, 1)), Decision(2, new DateOnly(1994, 5, 1))];
        var m = Matrix(decisions,
            ("CSK", "Y-"),
            ("CZE", "-N"),
            ("SVK", "-A"));

        // When predecessors are merged
        var merged = VoteMatrixLoader.MergePredecessors(m, StateRegistry.Default);

        // Then every row stays as it was
        Assert.Equal(["CSK", "CZE", "SVK"], merged.States);
        Assert.Equal("Y-", Letters(merged, "CSK"));
        Assert.Equal("-N", Letters(merged, "CZE"));
        Assert.Equal("-A", Letters(merged, "SVK"));
        Assert.True(merged.PredecessorsMerged);
    }

    [Fact]
    public void MergePredecessors_AlsoLeavesMergersAndTheChinaSeatApart()
    {
        // Given the GDR and Germany voting in 1989, and the ROC in 1970 beside the PRC in 1972
        MatrixDecision[] decisions = [Decision(1, new DateOnly(1970, 5, 1)), Decision(2, new DateOnly(1972, 5, 1)), Decision(3, new DateOnly(1989, 5, 1))];
        var m = Matrix(decisions,
            ("CHN", "-Y-"),
            ("DDR", "--N"),
            ("DEU", "--Y"),
            ("TWN", "N--"));

        // When predecessors are merged, Then nothing is joined
        var merged = VoteMatrixLoader.MergePredecessors(m, StateRegistry.Default);
        Assert.Equal(["CHN", "DDR", "DEU", "TWN"], merged.States);
        Assert.Equal("-Y-", Letters(merged, "CHN"));
        Assert.Equal("--Y", Letters(merged, "DEU"));
    }

    [Theory]
    [InlineData("ES-11", 2022, 3, 2, 76)]
    [InlineData("ES-10", 2000, 10, 18, 55)]
    [InlineData("S-28", 2005, 1, 24, 59)]
    [InlineData("68", 2014, 3, 27, 68)]
    [InlineData("68", 1999, 12, 1, 68)]
    [InlineData(null, 1991, 9, 1, 46)]
    [InlineData(null, 1991, 8, 31, 45)]
    public void RegularSession_IsTheNumberedSessionOrTheOneRunningOnTheDate(string? session, int year, int month, int day, int expected)
    {
        // Given a session label and a vote date
        // When the regular session is worked out
        var regular = VoteMatrixLoader.RegularSession(session, new DateOnly(year, month, day));

        // Then a numbered session is itself; otherwise session N runs from September of 1945 + N
        Assert.Equal(expected, regular);
    }

    [Fact]
    public void VoteMatrix_WithTheWrongNumberOfCells_IsRejected()
    {
        // Given two states and three decisions, When the matrix is given five cells, Then it is refused
        MatrixDecision[] decisions = [Decision(1, new DateOnly(2000, 1, 1)), Decision(2, new DateOnly(2000, 1, 2)), Decision(3, new DateOnly(2000, 1, 3))];
        Assert.Throws<ArgumentException>(() => new VoteMatrix(["AAA", "BBB"], decisions, new byte[5], Forum.GeneralAssembly, predecessorsMerged: false));
    }
}
