using System.Text.RegularExpressions;
using Concord.Speeches;

namespace Concord.Tests.Speeches;

public sealed class SpeechAnalyzerTest
{
    [Fact]
    public void Terms_DropNumbersDatesStopWordsAndTheRecordsFormsOfAddress_AndStem()
    {
        // Given a paragraph as the verbatim records give it
        const string text = "12. Mr. President, on 25 October 1971 (spoke in French) the peoples' sovereignty and the United Nations' A/46/PV.7 principles were upheld.";

        // When it is analysed
        var terms = SpeechAnalyzer.Terms(text);

        // Then numbers, the month, stop words, "Mr. President" and the interpretation marker are gone, and words are stemmed
        Assert.Equal(["peopl", "sovereignti", "unit", "nation", "principl", "upheld"], terms);
    }

    [Fact]
    public void Tokens_CountWordsWithStopWords_ButNotNumbers()
    {
        var words = SpeechAnalyzer.Tokens("In 1945 we, the peoples of the United Nations, determined", (_, _, _, _) => { });

        Assert.Equal(9, words);
    }

    [Fact]
    public void WithoutMarkers_KeepsTheTextsLength()
    {
        const string text = "Thank you (interpretation from Arabic) very much.";

        var clean = SpeechAnalyzer.WithoutMarkers(text);

        Assert.Equal(text.Length, clean.Length);
        Assert.DoesNotMatch(new Regex("Arabic"), clean);
    }
}
