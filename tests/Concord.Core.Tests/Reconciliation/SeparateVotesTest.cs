using Concord.Domain;
using Concord.Invariants;
using Concord.Reconciliation;
using Concord.Sources;

namespace Concord.Tests.Reconciliation;

public class SeparateVotesTest
{
    private static CanonicalDecision Ga(string key, string symbol, string title, DecisionKind kind = DecisionKind.Resolution) => new()
    {
        Forum = Forum.GeneralAssembly,
        Key = key,
        Symbol = symbol,
        Title = title,
        Kind = kind,
        Sources = { new Provenance(SourceId.Unvotes, "un_roll_calls.csv", 5788, key) },
    };

    [Fact]
    public void Distinguish_ASecondRollCallTitledWithTheVerbatimRecord_BecomesASeparateVoteNamingItsResolution()
    {
        // Given A/RES/65/206's whole-text vote and a second roll call under its symbol titled with the meeting record
        var whole = Ga("ga:A/RES/65/206", "A/RES/65/206", "Moratorium on the use of the death penalty");
        var second = Ga("ga:A/RES/65/206#rcid 5884", "A/RES/65/206", "The President (spoke in French): We have heard the last speaker in explanation of vote before the voting on draft resolutions I to XIX and the amendment to draft resolution III...");
        var violations = new List<InvariantViolation>();

        // When separate votes are distinguished
        SeparateVotes.Distinguish([whole, second], violations);

        // Then the second keeps its own key, is a separate vote (unflagged) whose title names the resolution and says,
        // from its words, that it was on an amendment; the words themselves are not in the title
        Assert.Equal("ga:A/RES/65/206#rcid 5884", second.Key);
        Assert.Equal(DecisionKind.SeparateVote, second.Kind);
        Assert.Equal("Vote on an amendment on A/RES/65/206 (Moratorium on the use of the death penalty)", second.Title);
        Assert.Equal(DecisionKind.Resolution, whole.Kind);
        Assert.Equal("Moratorium on the use of the death penalty", whole.Title);
        Assert.Equal(InvariantClass.SeparateVoteNamedAsResolution, Assert.Single(violations).Class);
    }

    [Theory]
    [InlineData("A recorded vote has been requested on operative paragraph 3", DecisionKind.Paragraph)]
    [InlineData("We shall now vote on the amendment contained in A/65/L.53", DecisionKind.Amendment)]
    [InlineData("I shall now put to the vote the motion that no action be taken", DecisionKind.SeparateVote)]
    public void KindFromWords_TheWordsOfTheRecord_SayWhatWasVotedOn(string text, DecisionKind kind) =>
        Assert.Equal(kind, SeparateVotes.KindFromWords(text));

    [Fact]
    public void Distinguish_AWholeTextVoteWithAVerbatimTitle_KeepsItsKindAndTakesTheAnnouncedTitle()
    {
        var whole = Ga("ga:A/RES/59/199", "A/RES/59/199", "The President (spoke in French): Draft resolution XVI is entitled \"Ad Hoc Committee on a Comprehensive Convention\". The Third Committee adopted it");
        SeparateVotes.Distinguish([whole], []);
        Assert.Equal(DecisionKind.Resolution, whole.Kind);
        Assert.Equal("Ad Hoc Committee on a Comprehensive Convention", whole.Title);
    }

    [Fact]
    public void Distinguish_AVerbatimTitleAnnouncingNoTitle_LeavesNoTitle()
    {
        // Given a whole-text vote whose only title is the meeting's record, announcing no title
        var whole = Ga("ga:A/RES/59/28", "A/RES/59/28", "The Acting President: I now give the floor to introduce an amendment on nuclear disarmament");

        // When separate votes are distinguished
        SeparateVotes.Distinguish([whole], []);

        // Then the record's words are not made its title: it has none, and its kind and symbol say what was voted
        Assert.Null(whole.Title);
        Assert.Equal(DecisionKind.Resolution, whole.Kind);
    }

    [Fact]
    public void Distinguish_AParagraphVoteTitledWithTheRecord_NamesItsResolutionOnly()
    {
        // Given A/RES/52/11's paragraph vote, titled with the record, beside the whole-text vote
        var whole = Ga("ga:A/RES/52/11", "A/RES/52/11", "Report of the International Atomic Energy Agency");
        var paragraph = Ga("ga:A/RES/52/11#rcid 4164", "A/RES/52/11", "I next put to the vote operative paragraph 7 of draft resolution A/52/L.13. A recorded vote has also been requested.");

        // When separate votes are distinguished
        SeparateVotes.Distinguish([whole, paragraph], []);

        // Then it is a paragraph vote named after its resolution, without the President's words
        Assert.Equal("Separate vote on a paragraph on A/RES/52/11 (Report of the International Atomic Energy Agency)", paragraph.Title);
    }
}
