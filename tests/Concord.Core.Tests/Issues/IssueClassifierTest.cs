using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;

namespace Concord.Tests.Issues;

public sealed class IssueClassifierTest
{
    private static IssueClassifier Rules(string lines) =>
        new(IssueRuleSet.Parse("area,effect,field,pattern,unless,country,why\n" + lines, "rules.csv"));

    [Fact]
    public void Add_MatchesOnlyTheFieldItReads()
    {
        // Given a rule that reads the agenda item only
        var classifier = Rules("human_rights,add,agenda,human rights,,,named in the agenda\n");

        // When the words are in the title, then in the agenda
        var inTitle = classifier.Classify("Human rights in Chile", "CHILE", null);
        var inAgenda = classifier.Classify("Question of Chile", "HUMAN RIGHTS, CHILE", null);

        // Then only the agenda counts
        Assert.Equal(IssueSet.None, inTitle.Areas);
        Assert.Equal(IssueSet.HumanRights, inAgenda.Areas);
        Assert.Equal("HUMAN RIGHTS", inAgenda.Matches.Single().Matched);
    }

    [Fact]
    public void Heading_ReadsTitleAndAgenda_ButNotTheSubjectTerms()
    {
        var classifier = Rules("arms_control,add,heading,chemical weapons,,,chemical weapons\n");

        var inSubjects = classifier.Classify("Situation of human rights in X", "Human rights situations", "Chemical Weapons Use | X");
        var inAgenda = classifier.Classify("Cooperation with the OPCW", "Chemical weapons", null);

        Assert.Equal(IssueSet.None, inSubjects.Areas);
        Assert.Equal(IssueSet.ArmsControl, inAgenda.Areas);
    }

    [Fact]
    public void Unless_StopsTheRule_RemoveTakesTheAreaAway()
    {
        var classifier = Rules("""
            arms_control,add,any,weapon,nuclear-weapon-free,,weapons in general
            development,add,any,financ,,,finance
            development,remove,any,peacekeeping,,,peacekeeping finance is not development
            """ + "\n");

        var zone = classifier.Classify("Nuclear-weapon-free zone in Africa", null, null);
        var financing = classifier.Classify("Financing of peacekeeping", null, null);

        Assert.Equal(IssueSet.None, zone.Areas);
        Assert.Equal(IssueSet.None, financing.Areas);
        Assert.Empty(financing.Matches);
    }

    [Fact]
    public void Implications_AddTheImpliedArea_WithTheImplicationAsEvidence()
    {
        // Given one rule for palestine and one for nuclear
        var classifier = Rules("palestine,add,title,palestin,,,Palestine\nnuclear,add,title,nuclear,,,nuclear\n");

        // When a Palestine text and a nuclear text are classified
        var palestine = classifier.Classify("Question of Palestine", null, null);
        var nuclear = classifier.Classify("Nuclear disarmament", null, null);

        // Then each brings the area the standard says it implies, explained as an implication
        Assert.Equal(IssueSet.Palestine | IssueSet.MiddleEast, palestine.Areas);
        var implied = Assert.Single(palestine.Matches, m => m.Area == IssueSet.MiddleEast);
        Assert.Equal(("implied-by:palestine", "palestine"), (implied.Evidence, implied.Matched));
        Assert.Equal(IssueSet.Nuclear | IssueSet.ArmsControl, nuclear.Areas);
    }

    [Fact]
    public void Removal_WinsOverAnImplication()
    {
        // Given the standard's one exception: the IAEA report is nuclear but not arms control
        var classifier = Rules("""
            nuclear,add,title,atomic energy agency,,,IAEA
            arms_control,remove,title,report of the international atomic energy agency,,,IAEA report is nuclear only
            """ + "\n");

        var c = classifier.Classify("Report of the International Atomic Energy Agency", null, null);

        Assert.Equal(IssueSet.Nuclear, c.Areas);
        Assert.DoesNotContain(c.Matches, m => m.Area == IssueSet.ArmsControl);
    }

    [Fact]
    public void OneRule_CanAddSeveralAreas_EachExplained()
    {
        var classifier = Rules("territorial_integrity;ukraine,add,title,ukraine,,,aggression against Ukraine\n");

        var c = classifier.Classify("Aggression against Ukraine", null, null);

        Assert.Equal(IssueSet.TerritorialIntegrity | IssueSet.Ukraine | IssueSet.SovereigntyIntervention, c.Areas);
        Assert.Equal(["issue_rules.csv:2", "issue_rules.csv:2", "implied-by:territorial_integrity"], c.Matches.Select(m => m.Evidence));
    }

    [Fact]
    public void CountryRule_CapturesTheCountryAsWritten_OrGivesTheRulesCode()
    {
        var classifier = Rules("""
            country_human_rights,add,title,"situation of human rights in (?:the )?([^:;(,]+)",crimea,,country situation
            country_human_rights,add,title,crimea,,UKR,Crimea is a Ukrainian situation
            """ + "\n");

        var iran = classifier.Classify("Situation of human rights in the Islamic Republic of Iran", null, null);
        var crimea = classifier.Classify("Situation of human rights in the Autonomous Republic of Crimea", null, null);

        Assert.Equal("Islamic Republic of Iran", iran.Matches.First(m => m.Area == IssueSet.CountryHumanRights).Country);
        Assert.Equal("UKR", crimea.Matches.First(m => m.Area == IssueSet.CountryHumanRights).Country);
        Assert.Contains(crimea.Matches, m => m.Area == IssueSet.HumanRights && m.Country is null);
    }

    [Fact]
    public void SeveralRulesOfOneArea_AllExplainIt()
    {
        var classifier = Rules("palestine,add,any,palestin,,,Palestine\npalestine,add,any,jerusalem,,,Jerusalem\n");

        var c = classifier.Classify("Jerusalem", "PALESTINE QUESTION", null);

        Assert.Equal(IssueSet.Palestine | IssueSet.MiddleEast, c.Areas);
        Assert.Equal(["issue_rules.csv:2", "issue_rules.csv:3"], c.Matches.Where(m => m.Area == IssueSet.Palestine).Select(m => m.Evidence));
    }
}
