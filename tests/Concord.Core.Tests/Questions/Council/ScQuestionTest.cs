using System.Text.Json.Nodes;
using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Council;
using Concord.States;

namespace Concord.Tests.Questions.Council;

/// <summary>The sc answer as a table, on hand-made counts: typed group columns, and counts that cannot be known never read 0.</summary>
public sealed class ScQuestionTest
{
    private static readonly State s_chn = StateRegistry.Default["CHN"];
    private static readonly State s_rus = StateRegistry.Default["RUS"];

    /// <summary>A veto cast by the USSR, counted under Russia's seat, with no member votes on record.</summary>
    private static readonly CouncilDecision s_ussrVeto = new(1, null, "S/5000", new DateOnly(1975, 6, 6), DecisionKind.Draft, DecisionOutcome.Vetoed,
        null, "Namibia", "S/PV.1829", null, false, new Dictionary<string, Vote>(), ["RUS"], "Namibia")
    { VetoersAsCast = ["SUN"] };

    private static readonly CouncilDecision s_coAbstention = new(2, "S/RES/2448(2018)", null, new DateOnly(2018, 12, 13), DecisionKind.Resolution, DecisionOutcome.Adopted,
        null, "Central African Republic", "S/PV.8422", new Tally(13, 0, 2), true, new Dictionary<string, Vote> { ["CHN"] = Vote.Abstain, ["RUS"] = Vote.Abstain, ["USA"] = Vote.Yes }, [], "Central African Republic");

    private static ScQuestion.Request Request(CouncilPattern.Grouping by, PatternKind? list = null) => new(s_chn, s_rus, by, null, null, IssueSet.None, true, list);

    /// <summary>1972-1991 as the real record has it for China and Russia: 7 Soviet vetoes with China's vote not on record, one of
    /// them known from another source to have had China voting yes.</summary>
    private static CouncilPattern.PeriodCounts InDoubt() => new("1972-1991", 1972, 1991, 10, 8,
        new Dictionary<PatternKind, List<CouncilDecision>> { [PatternKind.BVetoedAYes] = [s_ussrVeto] },
        new Dictionary<PatternKind, int> { [PatternKind.BVetoedAAbstained] = 7, [PatternKind.BVetoedAYes] = 7 });

    private static CouncilPattern.PeriodCounts Known(string label, int first, int last) => new(label, first, last, 5, 5,
        new Dictionary<PatternKind, List<CouncilDecision>> { [PatternKind.CoAbstention] = [s_coAbstention] }, new Dictionary<PatternKind, int>());

    private static JsonNode Row(ResultTable table, int i) => JsonNode.Parse(ResultJson.Write(table))!["rows"]![i]!;

    [Fact]
    public void ACountInDoubt_IsNullInJson_WithTheVetoesInDoubtAndTheDecisionsOnRecord()
    {
        // Given a period where 7 of Russia's (the USSR's) vetoes have China's vote not on record, one known as China voting yes
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Period), [InDoubt()], []));

        // Then neither count is a number, and the answer says how many vetoes are in doubt and how many are on record
        var row = Row(table, 0);
        Assert.Null(row["b_vetoed_a_abstained"]);
        Assert.Null(row["b_vetoed_a_yes"]);
        Assert.Equal(7, (int)row["b_vetoed_a_vote_unknown"]!);
        Assert.Equal(0, (int)row["a_vetoed_b_vote_unknown"]!);
        Assert.Equal(1, (int)row["b_vetoed_a_yes_on_record"]!);
        Assert.Equal(0, (int)row["b_vetoed_a_abstained_on_record"]!);
        // And the counts that do not depend on those votes stay numbers
        Assert.Equal(0, (int)row["a_vetoed_b_yes"]!);
        Assert.Equal(0, (int)row["joint_veto"]!);
    }

    [Fact]
    public void ACountInDoubt_ReadsUnknownOrAtLeast_InTheCsv_NeverZero()
    {
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Period), [InDoubt()], []));
        var lines = ResultCsv.Write(table).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var cells = lines[1].Split(',');

        Assert.Equal("unknown (7 vetoes without member votes on record)", cells[Array.IndexOf(header, "b_vetoed_a_abstained")]);
        Assert.Equal("at least 1 (7 vetoes without member votes on record)", cells[Array.IndexOf(header, "b_vetoed_a_yes")]);
        Assert.Contains(table.Notes, n => n.StartsWith("'unknown' and 'at least'", StringComparison.Ordinal));
    }

    [Fact]
    public void WhenEveryCountIsKnown_TheDoubtColumnsAreLeftOut()
    {
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Period), [Known("2013-2021", 2013, 2021)], []));

        Assert.DoesNotContain(table.Columns, c => c.EndsWith("_vote_unknown", StringComparison.Ordinal) || c.EndsWith("_on_record", StringComparison.Ordinal));
        Assert.Equal(1, (int)Row(table, 0)["co_abstention"]!);
        Assert.DoesNotContain(table.Notes, n => n.StartsWith("'unknown' and 'at least'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(CouncilPattern.Grouping.Period, "first_year,last_year,decisions")]
    [InlineData(CouncilPattern.Grouping.Year, "year,decisions")]
    [InlineData(CouncilPattern.Grouping.Topic, "topic,first_year,last_year,decisions")]
    public void TheGroupColumns_AreNamedForWhatTheyHold(CouncilPattern.Grouping by, string leading)
    {
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(by), [Known("2018", 2018, 2018)], []));
        Assert.StartsWith(leading + ",", string.Join(",", table.Columns), StringComparison.Ordinal);
    }

    [Fact]
    public void ByYear_TheYearIsANumber_AndByTopic_TheTopicIsText()
    {
        var byYear = Row(ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Year), [Known("2018", 2018, 2018)], [])), 0);
        var byTopic = Row(ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Topic), [Known("Syria", 2011, 2024)], [])), 0);

        Assert.Equal(2018, (int)byYear["year"]!);
        Assert.Equal("Syria", (string?)byTopic["topic"]);
        Assert.Equal(2011, (int)byTopic["first_year"]!);
        Assert.Equal(2024, (int)byTopic["last_year"]!);
    }

    [Fact]
    public void TheListedCases_SayWhoCastTheVeto_AndTheSeatItCountsUnder()
    {
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Period, PatternKind.BVetoedAYes), [InDoubt()], []));
        var row = Row(table, 0);

        Assert.Equal("SUN", (string?)row["vetoed_by"]);
        Assert.Equal("RUS", (string?)row["counted_as"]);
        Assert.Equal(1972, (int)row["first_year"]!);
        Assert.Equal("absent", (string?)row["vote_a"]);
        Assert.Equal(1, (int)JsonNode.Parse(ResultJson.Write(table))!["count"]!);
    }

    [Fact]
    public void TheListedCases_ByTopic_HaveOneTopicColumn()
    {
        var table = ScQuestion.ToTable(new ScQuestion.Answer(Request(CouncilPattern.Grouping.Topic, PatternKind.CoAbstention), [Known("Central African Republic", 2018, 2018)], []));

        Assert.Single(table.Columns, c => c == "topic");
        Assert.Equal("Central African Republic", (string?)Row(table, 0)["topic"]);
        Assert.Equal("abstain", (string?)Row(table, 0)["vote_b"]);
    }
}
