using System.Text.Json.Nodes;
using Concord.Analysis.Agreement;
using Concord.Council;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Council;

namespace Concord.Tests.Questions.Council;

/// <summary>The vetoes answer as a table, on hand-made drafts.</summary>
public sealed class VetoesQuestionTest
{
    private static readonly VetoesQuestion.Request s_all = new([], false, null, null, null, IssueSet.None, true);

    private static readonly CouncilDecision s_ussrVeto = new(1, null, "S/5000", new DateOnly(1975, 6, 6), DecisionKind.Draft, DecisionOutcome.Vetoed,
        null, "Namibia", "S/PV.1829", null, false, new Dictionary<string, Vote>(), ["RUS"], "Namibia")
    { VetoersAsCast = ["SUN"] };

    private static readonly CouncilDecision s_jointVeto = new(2, null, "S/2019/186", new DateOnly(2019, 2, 28), DecisionKind.Draft, DecisionOutcome.Vetoed,
        null, "Venezuela", "S/PV.8476", new Tally(9, 3, 3), true,
        new Dictionary<string, Vote> { ["CHN"] = Vote.No, ["FRA"] = Vote.Yes, ["RUS"] = Vote.No, ["GBR"] = Vote.Yes, ["USA"] = Vote.Yes, ["ZAF"] = Vote.No },
        ["CHN", "RUS"], "Venezuela")
    { VetoersAsCast = ["CHN", "RUS"] };

    [Fact]
    public void AVetoOfTheUssr_ReadsSunAsCast_AndRussiaAsTheSeat()
    {
        var json = JsonNode.Parse(ResultJson.Write(VetoesQuestion.ToTable(new VetoesQuestion.Answer(s_all, [s_ussrVeto], []))))!;
        var row = json["rows"]![0]!;

        Assert.Equal("SUN", (string?)row["vetoed_by"]);
        Assert.Equal("RUS", (string?)row["counted_as"]);
        Assert.Equal("member votes not on record", (string?)row["permanent_members"]);
        Assert.Null(row["tally"]);
    }

    [Fact]
    public void TheFacts_CountTheVetoesAndTheJointOnes_AndStateTheFrame()
    {
        var request = s_all with { By = ["CHN", "RUS"], Issue = IssueSet.None, Topic = "Venez" };
        var json = JsonNode.Parse(ResultJson.Write(VetoesQuestion.ToTable(new VetoesQuestion.Answer(request, [s_ussrVeto, s_jointVeto], []))))!;

        Assert.Equal(2, (int)json["vetoes"]!);
        Assert.Equal(1, (int)json["joint_vetoes"]!);
        Assert.Equal(["CHN", "RUS"], json["by"]!.AsArray().Select(x => (string?)x));
        Assert.Equal("Venez", (string?)json["topic"]);
        Assert.Null(json["issue"]);
        Assert.Equal("CHN no, FRA yes, RUS no, GBR yes, USA yes", (string?)json["rows"]![1]!["permanent_members"]);
    }

    [Fact]
    public void VetoedAmendments_AreCountedApart_NotRowsOfTheDrafts()
    {
        // Given Russia's veto of S/2025/115, an amendment to the United States' draft of 24 Feb 2025
        var amendment = new CouncilDecision(3, "S/2025/115", "S/2025/115", new DateOnly(2025, 2, 24), DecisionKind.Amendment, DecisionOutcome.Vetoed,
            null, "Ukraine", "S/PV.9866", new Tally(9, 1, 5), true, new Dictionary<string, Vote> { ["RUS"] = Vote.No }, ["RUS"], "Ukraine")
        { VetoersAsCast = ["RUS"] };
        var record = new CouncilRecord([s_jointVeto, amendment]);

        // When the vetoes are listed
        var drafts = VetoFilter.List(record, [], false, null, null, null);
        var amendments = VetoFilter.List(record, [], false, null, null, null, amendments: true);
        var json = JsonNode.Parse(ResultJson.Write(VetoesQuestion.ToTable(new VetoesQuestion.Answer(s_all, drafts, [], amendments))))!;

        // Then the draft is the one veto, and the amendment's veto is counted beside it
        Assert.Equal([s_jointVeto], drafts);
        Assert.Equal([amendment], amendments);
        Assert.Equal(1, (int)json["vetoes"]!);
        Assert.Equal(1, (int)json["vetoed_amendments"]!);
        Assert.Equal("2025-02-24 S/2025/115 (RUS)", (string?)json["amendment_vetoes"]![0]);
    }
}
