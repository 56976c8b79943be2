using Concord.Council;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The record-truth examples of the expert review, and their classes, on the database built from the real sources.</summary>
public sealed class RecordInvariantsOnRealDataTest
{
    private static ConcordDatabase Open() => ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);

    [Fact]
    public void NoSecurityCouncilVote_IsByAStateNotSeatedThatYear()
    {
        // Every Council vote in the record, against the membership register (not derived from the votes)
        var register = MembershipRegister.Default;
        using var db = Open();
        using var cmd = db.Command("SELECT d.symbol, d.draft, d.year, v.state FROM votes v JOIN decisions d USING (decision_id) WHERE d.forum = 'sc'");
        using var r = cmd.ExecuteReader();
        var strays = new List<string>();
        var checkedVotes = 0;
        while (r.Read())
        {
            var year = r.GetInt16(2);
            checkedVotes++;
            if (register.HasCouncilYear(year) && !register.IsCouncilMember(r.GetString(3), year))
            {
                strays.Add($"{(r.IsDBNull(0) ? r.GetString(1) : r.GetString(0))} {year} {r.GetString(3)}");
            }
        }

        Assert.True(checkedVotes > 30_000, $"only {checkedVotes} Council votes read");
        Assert.Empty(strays);
    }

    [Fact]
    public void NoGeneralAssemblyVote_IsByAStateBeforeItsAdmission()
    {
        var register = MembershipRegister.Default;
        using var db = Open();
        using var cmd = db.Command("SELECT d.key, d.date, v.state FROM votes v JOIN decisions d USING (decision_id) WHERE d.forum = 'ga' AND d.date IS NOT NULL");
        using var r = cmd.ExecuteReader();
        var strays = new List<string>();
        while (r.Read())
        {
            var date = r.GetFieldValue<DateOnly>(1);
            if (!register.IsUnMember(r.GetString(2), date))
            {
                strays.Add($"{r.GetString(0)} {date:yyyy-MM-dd} {r.GetString(2)}");
            }
        }

        Assert.Empty(strays);
    }

    [Fact]
    public void Resolution977Of1995_IsVotedByThe1995CouncilOnly()
    {
        // The drafts compilation attached another vote's rows (Syria, Spain, Cameroon...) to it; the Digital Library's win
        var d = RealRecord.Show("S/RES/977(1995)");
        var seats = MembershipRegister.Default.CouncilSeats(1995).Select(s => s.State).Order().ToList();
        Assert.Equal(seats, d.Votes.Select(v => v.State).Order());
        Assert.All(d.Votes, v => Assert.Equal(Vote.Yes, v.Vote));
        Assert.Contains(d.Withheld, w => w.State == "SYR");
        Assert.Contains(d.Violations, x => x.Class == "voter-not-member" && x.Outcome == "repaired");
    }

    [Fact]
    public void RussiasSyriaDraftOfDecember2019_HasChinaAndRussiaVotingForIt()
    {
        // The drafts compilation inverts yes and no (6-5-4 with its sponsor against); the failed-drafts subset satisfies the invariants
        var d = RealRecord.Show("S/2019/962");
        Assert.Equal("5-6-4", d.Decision.Tally.ToString());
        Assert.Equal(Vote.Yes, RealRecord.VoteOf(d, "RUS"));
        Assert.Equal(Vote.Yes, RealRecord.VoteOf(d, "CHN"));
        Assert.Equal(Vote.No, RealRecord.VoteOf(d, "USA"));
        Assert.Equal("failed", d.Decision.Outcome);
        Assert.Contains(d.Violations, x => x.Class == "sponsor-voted-against" && x.State == "RUS" && x.Outcome == "repaired");
    }

    [Fact]
    public void EveryCouncilMeetingWithSeveralDecisions_HasOneDate_UnlessExplained()
    {
        // S/2016/847 (drafts file: 10 Aug 2016) was voted at S/PV.7785 with S/2016/846 on 8 Oct 2016
        Assert.Equal(RealRecord.Show("S/2016/846").Decision.Date, RealRecord.Show("S/2016/847").Decision.Date);
        Assert.Equal(new DateOnly(2016, 10, 8), RealRecord.Show("S/2016/847").Decision.Date);

        using var db = Open();
        using var cmd = db.Command("""
            SELECT regexp_extract(meeting, '^(S/PV\.?\s*|PV\.?\s*)?(\d+)\s*(\(|$)', 2) AS m, count(DISTINCT date) AS dates
            FROM decisions WHERE forum = 'sc' AND regexp_matches(meeting, '^(S/PV\.?\s*|PV\.?\s*)?(\d+)\s*(\(|$)') AND date IS NOT NULL
            GROUP BY m HAVING count(DISTINCT date) > 1
            """);
        using var r = cmd.ExecuteReader();
        var split = new List<string>();
        while (r.Read())
        {
            split.Add(r.GetString(0));
        }

        // Each remaining split meeting has a row that says so: explained by a source, or unexplained
        using var explained = db.Command("SELECT count(*) FROM invariant_violations WHERE class = 'meeting-date-conflict' AND outcome IN ('explained', 'unexplained')");
        Assert.True(split.Count <= Convert.ToInt32(explained.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), $"meetings with two dates: {string.Join(", ", split)}");
    }

    [Fact]
    public void TheTwentyFourthOfMay1948_HasTwoSovietVetoes_NotThree()
    {
        using var db = Open();
        var record = CouncilRecordLoader.Load(db);
        var vetoes = VetoFilter.List(record, [], joint: false, 1948, 1948, null).Where(d => d.Date == new DateOnly(1948, 5, 24)).ToList();
        Assert.Equal(2, vetoes.Count);
        Assert.All(vetoes, v => Assert.Equal(["SUN"], v.VetoersAsCast));
        Assert.All(vetoes, v => Assert.Equal(["RUS"], v.Vetoers));
    }

    [Fact]
    public void NoCouncilDraft_IsVetoedTwice_SaveTheDoubleVetoOnThePreliminaryQuestion()
    {
        // S/552 (15 Sep 1947) is vetoed twice in both lists: once on the preliminary question whether the vote was
        // procedural, once on the draft (the "double veto"); any other repeat is one event counted twice.
        using var db = Open();
        using var cmd = db.Command("""
            SELECT draft, count(*) FROM decisions
            WHERE forum = 'sc' AND outcome = 'vetoed' AND draft IS NOT NULL AND draft NOT LIKE 'S/PV.%' AND coalesce(agenda_item, '') NOT ILIKE '%preliminary question%'
            GROUP BY draft HAVING count(*) > 1
            """);
        using var r = cmd.ExecuteReader();
        var twice = new List<string>();
        while (r.Read())
        {
            twice.Add(r.GetString(0));
        }

        Assert.Empty(twice);
    }

    [Fact]
    public void SeparateVotes_AreDecisionsOfTheirOwnWithATitleNamingTheResolution()
    {
        using var db = Open();
        using var verbatim = db.Command("SELECT count(*) FROM decisions WHERE forum = 'ga' AND regexp_matches(title, '^\\s*The (Acting )?(President|Chairman)')");
        Assert.Equal(0L, Convert.ToInt64(verbatim.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));

        // A/RES/65/206's second roll call (the one the review found ranked first among CHN-RUS human-rights splits)
        using var second = db.Command("SELECT kind, title FROM decisions WHERE key = 'ga:A/RES/65/206#rcid 5884'");
        using var r = second.ExecuteReader();
        Assert.True(r.Read());
        Assert.NotEqual("resolution", r.GetString(0));
        Assert.StartsWith("Vote on an amendment on A/RES/65/206", r.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public void CouncilPattern_1972To1991_SaysUnknownWhereTheMemberVotesOfVetoesAreNotOnRecord()
    {
        using var db = Open();
        // The USSR's vetoes of 1972-1991 are known from the veto lists only: how China voted on them is not on record
        var p = CouncilPattern.Compute(CouncilRecordLoader.Load(db), "CHN", "RUS", CouncilPattern.Grouping.Period, 1972, 1991).Single();
        Assert.True(p.UnknownCount(PatternKind.BVetoedAYes) > 0);
        Assert.Null(p.KnownCount(PatternKind.BVetoedAYes));
        Assert.Equal(0, p.Count(PatternKind.BVetoedAYes));
        Assert.StartsWith("unknown", p.Describe(PatternKind.BVetoedAYes), StringComparison.Ordinal);
        Assert.DoesNotContain("0", p.Describe(PatternKind.BVetoedAAbstained).Split(' ')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void EveryInvariantViolation_IsRepairedQuarantinedOrExplained_WithAReasonAndASourceLine()
    {
        using var db = Open();
        var summary = InvariantTable.Summarise(db);
        Assert.Contains(summary, s => s.Class == "voter-not-member" && s.Repaired > 100);
        Assert.Contains(summary, s => s.Class == "separate-vote-as-resolution" && s.Repaired > 100);
        var all = InvariantTable.List(db, null, null, null, 100_000);
        Assert.Equal(summary.Sum(s => s.Repaired + s.Quarantined + s.Explained + s.Unexplained), all.Count);
        Assert.All(all, x =>
        {
            Assert.Contains(x.Outcome, new[] { "repaired", "quarantined", "explained" });
            Assert.False(string.IsNullOrWhiteSpace(x.How));
            Assert.True(x.Line > 0, $"{x.Symbol} {x.Class} has no source line");
        });
    }
}
