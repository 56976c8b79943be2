using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>Slips of the Council sources, each the case of a class, read back from the database built from the real
/// sources: a meeting read from the wrong field, a decision that does not exist, an amendment counted as a draft, a
/// date with day and month swapped.</summary>
public sealed class KnownCouncilSlipsTest
{
    private static ConcordDatabase Open() => ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

    private static long Scalar(string sql)
    {
        using var db = Open();
        using var cmd = db.Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    // DGACM's outcome letter says S/PV.7102, 7103, 7104; its meeting field, its adoption text and the drafts file 7012-7014
    [InlineData("S/RES/2112(2013)", "S/PV.7012")]
    [InlineData("S/RES/2113(2013)", "S/PV.7013")]
    [InlineData("S/RES/2114(2013)", "S/PV.7014")]
    [InlineData("S/RES/2256(2015)", "S/PV.7593")]
    // Dropped by the meeting-date repair when its neighbours carried the wrong meetings
    [InlineData("S/RES/2134(2014)", "S/PV.7103")]
    [InlineData("S/RES/2717(2023)", "S/PV.9512")]
    // The meeting field is the slip here: the adoption text, the outcome letter and the drafts file say 8298
    [InlineData("S/RES/2423(2018)", "S/PV.8298")]
    public void CouncilResolution_HasTheMeetingItsRecordsAgreeOn(string symbol, string meeting) =>
        Assert.Equal(meeting, RealRecord.Show(symbol).Decision.Meeting);

    [Fact]
    public void MeetingDateConflicts_AreRepairedOrSayTheyAreUnexplained_NoneExplainedWithoutASource()
    {
        // The five rows once "explained" by midnight sittings and written procedure came from the wrong meeting field
        Assert.Equal(0, Scalar("SELECT count(*) FROM invariant_violations WHERE class = 'meeting-date-conflict' AND outcome = 'explained' AND how NOT LIKE '%(%:%)%'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM invariant_violations WHERE class = 'meeting-date-conflict' AND how LIKE '%dropped%'"));
    }

    [Theory]
    // Russia's Syria draft, voted by written procedure on 8 July 2020: the drafts file says 2020-08-07
    [InlineData("S/2020/658", "2020-07-08")]
    [InlineData("S/2016/847", "2016-10-08")]
    [InlineData("S/2020/24", "2020-01-10")]
    public void CouncilDraft_DatedDayMonthSwappedInASource_HasItsTrueDate(string symbol, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), RealRecord.Show(symbol).Decision.Date);

    [Fact]
    public void VotesByWrittenProcedure_AreDatedInTheOrderOfTheirNumbers()
    {
        // V100 < V102 < V104 < V108: no vote of July 2020 is dated August, September or November
        Assert.Equal(0, Scalar("""
            SELECT count(*) FROM decisions a JOIN decisions b ON a.forum = 'sc' AND b.forum = 'sc'
              AND regexp_matches(a.meeting, '^V\d+$') AND regexp_matches(b.meeting, '^V\d+$')
              AND CAST(substr(a.meeting, 2) AS INTEGER) < CAST(substr(b.meeting, 2) AS INTEGER) AND a.date > b.date + INTERVAL 1 DAY
            """));
    }

    [Fact]
    public void NoCouncilResolution_HasANumberOutsideItsYearsNumbering()
    {
        // The drafts file's "425 (2002)" is S/RES/1425(2002): one decision, with the drafts file's line among its sources
        using (var db = Open())
        {
            Assert.Null(DecisionTable.Find(db, "S/RES/425(2002)"));
        }

        Assert.Contains(RealRecord.Show("S/RES/1425(2002)").Sources, s => s.Source == "sc-drafts" && s.SourceKey == "ID 550");

        // Every S/RES/N(Y) on record lies within year Y's numbering: above every number of the years before it
        Assert.Equal(0, Scalar("""
            WITH r AS (SELECT CAST(regexp_extract(symbol, '^S/RES/(\d+)\((\d{4})\)$', 1) AS INTEGER) AS n,
                              CAST(regexp_extract(symbol, '^S/RES/(\d+)\((\d{4})\)$', 2) AS INTEGER) AS y
                       FROM decisions WHERE forum = 'sc' AND regexp_matches(symbol, '^S/RES/\d+\(\d{4}\)$'))
            SELECT count(*) FROM r a JOIN r b ON a.y < b.y AND a.n >= b.n
            """));

        // The five slips of the drafts file (425, and 899, 1184, 1475, 1588 typed with the wrong year) are folded, each said so
        Assert.Equal(5, Scalar("SELECT count(*) FROM invariant_violations WHERE class = 'resolution-number-out-of-year' AND outcome = 'repaired'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM invariant_violations WHERE class = 'resolution-number-out-of-year' AND outcome <> 'repaired'"));
    }

    [Theory]
    // Russia's amendments to Brazil's S/2023/773 (18 Oct 2023), the United States' adopted amendment to S/2023/999,
    // and the five amendments to the United States' text of 24 Feb 2025 (two of them vetoed by Russia)
    [InlineData("S/2023/775", "failed")]
    [InlineData("S/2023/776", "failed")]
    [InlineData("S/2023/1023", "adopted")]
    [InlineData("S/2025/114", "failed")]
    [InlineData("S/2025/115", "vetoed")]
    [InlineData("S/2025/116", "vetoed")]
    [InlineData("S/2025/117", "failed")]
    [InlineData("S/2025/118", "failed")]
    public void CouncilAmendment_IsAnAmendment_NotADraftOrAResolution(string symbol, string outcome)
    {
        var d = RealRecord.Show(symbol).Decision;
        Assert.Equal(("amendment", outcome), (d.Kind, d.Outcome));
    }

    [Fact]
    public void In2023_TheRecordHasTenFailedDraftsAndFiveAmendments()
    {
        // The UN counts 10 drafts not adopted in 2023; the record's five amendments are S/2023/775, S/2023/776, S/2023/1023
        // and Russia's oral amendments of 15 Nov (S/PV.9479) and 22 Dec (S/PV.9520)
        Assert.Equal(10, Scalar("SELECT count(*) FROM decisions WHERE forum = 'sc' AND year = 2023 AND kind = 'draft' AND outcome IN ('failed', 'vetoed')"));
        Assert.Equal(5, Scalar("SELECT count(*) FROM decisions WHERE forum = 'sc' AND year = 2023 AND kind = 'amendment'"));
        Assert.Equal(0, Scalar("SELECT count(*) FROM decisions WHERE forum = 'sc' AND kind = 'resolution' AND symbol NOT LIKE 'S/RES/%'"));
    }

    [Fact]
    public void ChinaAndRussia_AbstainedTogetherOn86AdoptedResolutionsSince1992_NotCountingTheAdoptedAmendment()
    {
        using var db = Open();
        var record = CouncilRecordLoader.Load(db, mergePredecessors: true);
        var counts = Concord.Council.CouncilPattern.Compute(record, "CHN", "RUS", Concord.Council.CouncilPattern.Grouping.Period, 1992, null);
        Assert.Equal(86, counts.Sum(g => g.Count(Concord.Council.PatternKind.CoAbstention)));
        Assert.DoesNotContain(counts.SelectMany(g => g.Cases.GetValueOrDefault(Concord.Council.PatternKind.CoAbstention) ?? []), d => d.Kind == Concord.Domain.DecisionKind.Amendment);

        // Russia's vetoes of S/2025/115 and S/2025/116 are vetoes of amendments, counted apart from its vetoes of drafts
        var vetoes = Concord.Council.VetoFilter.List(record, ["RUS"], false, 2025, 2025, null);
        var amendmentVetoes = Concord.Council.VetoFilter.List(record, ["RUS"], false, 2025, 2025, null, amendments: true);
        Assert.DoesNotContain(vetoes, d => d.Draft is "S/2025/115" or "S/2025/116");
        Assert.Equal(["S/2025/115", "S/2025/116"], amendmentVetoes.Select(d => d.Draft).Order(StringComparer.Ordinal));
    }
}
