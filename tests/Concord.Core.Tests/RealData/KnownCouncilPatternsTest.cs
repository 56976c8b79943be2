using Concord.Council;
using Concord.Domain;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The seeds' Council claims, read back from the real record: double vetoes, vetoes with the other abstaining, co-abstentions.</summary>
public sealed class KnownCouncilPatternsTest
{
    private static readonly Lazy<CouncilRecord> s_record = new(() =>
    {
        using var db = ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path);
        return CouncilRecordLoader.Load(db);
    });

    [Fact]
    public void ChinaRussiaJointVetoes_To2022_AreTheFourteenOfTheVetoLists()
    {
        // The WPDL list (to Jul 2022) codes 14 China-Russia joint vetoes; the first is Myanmar, Jan 2007
        var joint = VetoFilter.List(s_record.Value, ["CHN", "RUS"], joint: true, null, 2022, null);
        Assert.Equal(14, joint.Count);
        Assert.Equal("S/2007/14", joint[0].Draft);
        Assert.Contains(joint, d => d.Draft == "S/2019/186" && d.Topic == "Venezuela");
        Assert.Contains(joint, d => d.Draft == "S/2022/431" && d.Topic == "Korea / DPRK");
        Assert.Equal(10, joint.Count(d => d.Topic == "Syria"));
        Assert.All(joint, d => Assert.True(d.Date.Year >= 2007));
    }

    [Fact]
    public void DoubleVetoes_AreMoreFrequentAfter2001_ThanBefore()
    {
        // Seed 001: between 2001 and 2012 China and Russia used the double veto more often than before
        var p = CouncilPattern.Compute(s_record.Value, "CHN", "RUS", CouncilPattern.Grouping.Period, null, null).ToDictionary(x => x.Period);
        Assert.Equal(0, p["1972-1991"].Count(PatternKind.JointVeto) + p["1992-2000"].Count(PatternKind.JointVeto));
        Assert.Equal(5, p["2001-2012"].Count(PatternKind.JointVeto));
        Assert.Equal(8, p["2013-2021"].Count(PatternKind.JointVeto));
    }

    [Fact]
    public void RussiaVetoedWhileChinaAbstained_IncludesCrimea2014AndAnnexation2022()
    {
        var p = CouncilPattern.Compute(s_record.Value, "RUS", "CHN", CouncilPattern.Grouping.Year, null, null);
        var cases = p.SelectMany(x => x.Cases.TryGetValue(PatternKind.AVetoedBAbstained, out var l) ? l : []).Select(d => d.Draft).ToList();
        Assert.Contains("S/2014/189", cases);
        Assert.Contains("S/2022/720", cases);
        Assert.Contains("S/2022/155", cases);
    }

    [Fact]
    public void CoAbstentions_IncludeTheCarRenewalOfDecember2018()
    {
        var p = CouncilPattern.Compute(s_record.Value, "CHN", "RUS", CouncilPattern.Grouping.Year, 2018, 2018).Single();
        var co = p.Cases[PatternKind.CoAbstention];
        Assert.Contains(co, d => d.Symbol == "S/RES/2448(2018)");
        Assert.All(co, d => Assert.Equal(DecisionOutcome.Adopted, d.Outcome));
    }

    [Fact]
    public void Membership2019_IsFifteenStates_FivePermanent()
    {
        var members = CouncilTerms.ByYear(s_record.Value, 2019, 2019);
        Assert.Equal(15, members.Count);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], members.Where(m => m.Permanent).Select(m => m.State).Order());
        Assert.Contains(members, m => m.State == "DEU" && !m.Permanent);
    }

    [Fact]
    public void FailedDrafts_AreNotVetoes()
    {
        // Every vetoed draft whose member votes are on record had the required yes votes; 45 drafts failed instead (1994-2025 file)
        var record = s_record.Value;
        foreach (var d in record.Decisions.Where(d => d.Outcome == DecisionOutcome.Vetoed && d.Votes.Count >= 14))
        {
            Assert.True(d.Votes.Count(v => v.Value == Vote.Yes) >= CouncilRules.RequiredYes(d.Date), $"{d.Label} is marked vetoed with too few yes votes");
            Assert.NotEmpty(d.Vetoers);
        }

        Assert.Equal(45, record.Decisions.Count(d => d.Outcome == DecisionOutcome.Failed));
    }
}
