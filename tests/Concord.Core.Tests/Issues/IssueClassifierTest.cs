using Concord.Analysis.Agreement;
using Concord.Issues;

namespace Concord.Tests.Issues;

public sealed class IssueClassifierTest
{
    private static IssueClassifier Rules(string lines) =>
        new(IssueRuleSet.Parse("area,effect,field,pattern,unless,why\n" + lines, "rules.csv"));

    [Fact]
    public void Add_MatchesOnlyTheFieldItReads()
    {
        // Given a rule that reads the agenda item only
        var classifier = Rules("hr,add,agenda,human rights,,named in the agenda\n");

        // When the words are in the title, then in the agenda
        var inTitle = classifier.Classify("Human rights in Chile", "CHILE", null);
        var inAgenda = classifier.Classify("Question of Chile", "HUMAN RIGHTS, CHILE", null);

        // Then only the agenda counts
        Assert.Equal(IssueSet.None, inTitle.Areas);
        Assert.Equal(IssueSet.HumanRights, inAgenda.Areas);
        Assert.Equal("HUMAN RIGHTS", inAgenda.Matches.Single().Matched);
    }

    [Fact]
    public void Unless_StopsTheRule_RemoveTakesTheAreaAway()
    {
        var classifier = Rules("""
            di,add,any,weapon,nuclear-weapon-free,weapons in general
            nu,add,any,nuclear,,nuclear
            ec,add,any,financ,,finance
            ec,remove,any,peacekeeping,,peacekeeping finance is not development
            """ + "\n");

        var zone = classifier.Classify("Nuclear-weapon-free zone in Africa", null, null);
        var financing = classifier.Classify("Financing of peacekeeping", null, null);

        Assert.Equal(IssueSet.NuclearWeapons, zone.Areas);
        Assert.Equal(IssueSet.None, financing.Areas);
        Assert.Empty(financing.Matches);
    }

    [Fact]
    public void CountryRule_CapturesTheCountryAsWritten()
    {
        var classifier = Rules("hrc,add,title,\"situation of human rights in (?:the )?([^:;(,]+)\",,country situation\n");

        var c = classifier.Classify("Situation of human rights in the Islamic Republic of Iran", null, null);

        Assert.Equal("Islamic Republic of Iran", c.Matches.Single().Country);
    }

    [Fact]
    public void SeveralRulesOfOneArea_AllExplainIt()
    {
        var classifier = Rules("me,add,any,palestin,,Palestine\nme,add,any,jerusalem,,Jerusalem\n");

        var c = classifier.Classify("Jerusalem", "PALESTINE QUESTION", null);

        Assert.Equal(IssueSet.PalestinianConflict, c.Areas);
        Assert.Equal([2, 3], c.Matches.Select(m => m.Rule.Line));
    }
}
