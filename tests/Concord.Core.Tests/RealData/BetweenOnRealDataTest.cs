using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Agreement;
using Concord.Questions.Catalog;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The between question on the real record: who is in it, and that its figures are the agree question's.</summary>
public sealed class BetweenOnRealDataTest : IDisposable
{
    private readonly LoadedRecord _source = new(ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

    public void Dispose() => _source.Dispose();

    private static object? Cell(ResultTable table, object?[] row, string column) => row[table.Columns.ToList().IndexOf(column)];

    [Fact]
    public void ChinaAndTheUsIn2024_ListsEveryStateThatVotedThatYear_ButThemselves()
    {
        // Given the Assembly's states that cast any vote (yes, abstain, no) in 2024
        var matrix = _source.Matrix(Forum.GeneralAssembly, mergePredecessors: true);
        var columns = Enumerable.Range(0, matrix.Columns).Where(c => matrix.Decisions[c].Year == 2024).ToList();
        Assert.NotEmpty(columns);
        var voted = Enumerable.Range(0, matrix.Rows)
            .Where(r => columns.Any(c => matrix.Row(r)[c] is >= 1 and <= 3))
            .Select(r => matrix.States[r])
            .Except(["CHN", "USA"])
            .Order(StringComparer.Ordinal)
            .ToList();

        // When every state is stood between China and the US in 2024
        var table = QuestionCatalog.Between.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("b", "USA"), ("year", "2024")));

        // Then there is one row for each of them, and only them
        var listed = table.Rows.Select(r => (string)Cell(table, r, "state")!).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(voted, listed.Order(StringComparer.Ordinal));
        Assert.True(voted.Count > 150, $"only {voted.Count} states voted in 2024");

        // And the rows run from the most towards China to the most towards the US
        var differences = table.Rows.Select(r => (double?)Cell(table, r, "difference")).Where(d => d is not null).Select(d => d!.Value).ToList();
        Assert.Equal(differences.OrderDescending(), differences);
    }

    [Theory]
    [InlineData(1985)]
    [InlineData(2000)]
    [InlineData(2024)]
    public void AbsentMembers_AndTheRows_AreTogetherEveryMemberOfTheYear(int year)
    {
        // When China and the US are stood between in one year
        var table = QuestionCatalog.Between.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("b", "USA"), ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var absent = ((string?)table.Facts.Single(f => f.Key == "absent_members").Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var listed = table.Rows.Select(r => (string)Cell(table, r, "state")!).ToHashSet(StringComparer.Ordinal);

        // Then no absent member has a row, and every member on a day of the year's votes is a row, absent, or one of the two
        Assert.DoesNotContain(absent, listed.Contains);
        var matrix = _source.Matrix(Forum.GeneralAssembly, mergePredecessors: true);
        var days = Enumerable.Range(0, matrix.Columns).Where(c => matrix.Decisions[c].Year == year).Select(c => matrix.Decisions[c].Date).ToList();
        var members = MembershipRegister.Default.UnMembers
            .Where(m => m.Admitted <= days.Max() && (m.Left is null || m.Left >= days.Min()))
            .Select(m => Concord.States.StateRegistry.Default.SeatHolder(m.State))
            .ToHashSet(StringComparer.Ordinal);
        members.ExceptWith(["CHN", "USA"]);
        Assert.Equal(members.Order(StringComparer.Ordinal), listed.Concat(absent).Where(members.Contains).Order(StringComparer.Ordinal));
        Assert.All(absent, code => Assert.Contains(code, members));
    }

    [Theory]
    [InlineData(1995)]
    [InlineData(2020)]
    public void InTheCouncil_AbsentMembersAndRows_AreTogetherTheStatesSeatedThatYear(int year)
    {
        // When Russia and the US are stood between in the Council in one year
        var table = QuestionCatalog.Between.Ask(_source, QuestionArgs.Of(("a", "RUS"), ("b", "USA"), ("forum", "sc"), ("year", year.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var absent = ((string?)table.Facts.Single(f => f.Key == "absent_members").Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var listed = table.Rows.Select(r => (string)Cell(table, r, "state")!).ToList();

        // Then the rows and the absent members are the year's seated states but the two, none of them twice
        var seated = MembershipRegister.Default.CouncilSeats(year).Select(s => Concord.States.StateRegistry.Default.SeatHolder(s.State))
            .Where(c => c is not ("RUS" or "USA")).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(seated, listed.Concat(absent).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("RUS")]
    [InlineData("GBR")]
    [InlineData("IND")]
    public void AStatesAgreementWithEither_IsTheAgreeQuestions_ForThatPairAndYear(string state)
    {
        // Given the between answer for 2024
        var table = QuestionCatalog.Between.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("b", "USA"), ("year", "2024")));
        var row = table.Rows.Single(r => (string)Cell(table, r, "state")! == state);

        // When the agree question is asked for the state with China and with the US, over 2024 as one period
        ResultTable Agree(string other) => QuestionCatalog.Agree.Ask(_source, QuestionArgs.Of(("a", other), ("b", state), ("from", "2024"), ("to", "2024"), ("by", "all"), ("metric", "agree")));
        var withChina = Agree("CHN");
        var withUs = Agree("USA");

        // Then n and the agreement on each side are the agree question's
        Assert.Equal(Cell(withChina, withChina.Rows.Single(), "n"), Cell(table, row, "n_a"));
        Assert.Equal(Cell(withChina, withChina.Rows.Single(), "agreement"), Cell(table, row, "with_a"));
        Assert.Equal(Cell(withUs, withUs.Rows.Single(), "n"), Cell(table, row, "n_b"));
        Assert.Equal(Cell(withUs, withUs.Rows.Single(), "agreement"), Cell(table, row, "with_b"));
        Assert.NotNull(Cell(table, row, "difference"));
    }

    [Fact]
    public void ByYear_GivesEachYearItsOwnRows_AndAStateOnlyInTheYearsItVoted()
    {
        // When stood between China and the US year by year from 1990 to 1995
        var table = QuestionCatalog.Between.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("b", "USA"), ("from", "1990"), ("to", "1995"), ("by", "year")));
        var years = table.Rows.Select(r => (int)Cell(table, r, "year")!).ToList();

        // Then every year has rows, in order, and no state appears twice in a year
        Assert.Equal(Enumerable.Range(1990, 6), years.Distinct());
        Assert.Equal(years.Order(), years);
        Assert.All(table.Rows.GroupBy(r => Cell(table, r, "year")), g => Assert.Equal(g.Count(), g.Select(r => Cell(table, r, "state")).Distinct().Count()));

        // And the USSR's seat is Russia's (predecessors merged): Russia has a row each year, the USSR none
        Assert.Equal(6, table.Rows.Count(r => (string)Cell(table, r, "state")! == "RUS"));
        Assert.DoesNotContain(table.Rows, r => (string)Cell(table, r, "state")! == "SUN");
    }
}
