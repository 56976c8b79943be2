using Concord.Domain;
using Concord.Speeches;

namespace Concord.Tests.Speeches;

public sealed class ConceptMatcherTest
{
    private static readonly ConceptDictionary s_dictionary = ConceptDictionary.Parse("""
        concept,label,terms,note,source,citation
        sovereignty,Sovereignty,sovereign*,,,
        non_interference,Non-interference,non-interference|interference in the internal affairs,,,
        human_rights,Human rights,human rights,,,
        nato,NATO,nato,,,
        """);

    [Fact]
    public void Count_MatchesWholeWords_InAnyCase_AcrossLineBreaks()
    {
        // Given a text with the concepts in several forms
        const string text = "SOVEREIGNTY and sovereign equality; Human\nrights and human  rights; NATO, but not Donato nor nonsovereign.";

        // When the concepts are counted
        var counts = new ConceptMatcher(s_dictionary).Count(text);

        // Then each form counts once, and only at word boundaries
        Assert.Equal([2, 0, 2, 1], counts);
    }

    [Fact]
    public void Count_OverlappingTermsOfAConcept_CountOnce()
    {
        // "non-interference in the internal affairs" holds both terms; one occurrence of the concept
        var counts = new ConceptMatcher(s_dictionary).Count("non-interference in the internal affairs of States, and interference in the internal affairs.");

        Assert.Equal(2, counts[1]);
    }

    [Fact]
    public void Default_HasTheConceptsTheIssueAsksFor_EachWithASourceAndCitation()
    {
        var codes = ConceptDictionary.Default.Concepts.Select(c => c.Code).ToHashSet();

        foreach (var code in new[] { "sovereignty", "non_interference", "hegemony", "multipolarity", "shared_future", "unilateral_sanctions", "nato", "human_rights", "democracy", "terrorism" })
        {
            Assert.Contains(code, codes);
        }

        Assert.All(ConceptDictionary.Default.Concepts, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
            Assert.False(string.IsNullOrWhiteSpace(c.Citation));
        });
    }
}
