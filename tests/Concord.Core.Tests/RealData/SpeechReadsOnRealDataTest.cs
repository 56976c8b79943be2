using Concord.Analysis.Agreement;
using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Speeches;
using Concord.Speeches;
using Concord.States;
using Concord.Store;

namespace Concord.Tests.RealData;

/// <summary>The speech questions read only what they show (a pair's vectors, the stems they list, the texts that use a
/// word, the years' cosines): on the real record their answers equal, to the last bit, those of the plain reads they
/// replaced (every vector decoded, every text of the state tokenised, every year's pairs grouped), kept here as the
/// reference.</summary>
public sealed class SpeechReadsOnRealDataTest : IDisposable
{
    private readonly LoadedRecord _source = new(ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

    public void Dispose() => _source.Dispose();

    [Theory]
    [InlineData("CHN", "RUS", null, null, null)]
    [InlineData("USA", "FRA", "1990", null, null)]
    [InlineData("IND", "PAK", "1960", "1980", "100")]
    [InlineData("BRA", "ZAF", null, "1999", "3")]
    [InlineData("DEU", "JPN", "2024", "2024", "40")]
    public void PairAnswers_FromThePairsVectorsAndTheStemsShown_EqualThoseFromEveryVectorAndTheWholeVocabulary(string a, string b, string? from, string? to, string? words)
    {
        // Given the record as the questions load it, and the whole index decoded with the whole vocabulary
        var request = SayQuestion.Read(_source, QuestionArgs.Of(("a", a), ("b", b), ("from", from), ("to", to), ("words", words)));
        var everyVector = new SpeechRecord(_source.Read(d => SpeechStore.Load(d, similarities: y => _source.Read(x => SpeechStore.Similarities(x, y)))), StateRegistry.Default);

        // When the pair is asked of both
        var stored = SayRun.Run(_source.Speeches, request);
        var decoded = SayRun.Run(everyVector, request);

        // Then the answers are the same, to the last bit
        Assert.Equal(decoded.Years, stored.Years);
        Assert.Equal(decoded.ADistinctive, stored.ADistinctive);
        Assert.Equal(decoded.BDistinctive, stored.BDistinctive);
        Assert.Equal(decoded.Shared, stored.Shared);
        Assert.Equal(decoded.Concepts, stored.Concepts);
        Assert.Equal((decoded.MeanSimilarity, decoded.MeanPercentile, decoded.AWords, decoded.BWords), (stored.MeanSimilarity, stored.MeanPercentile, stored.AWords, stored.BWords));
        Assert.Equal(SayQuestion.ToTable(decoded).Rows, SayQuestion.ToTable(stored).Rows);
    }

    [Theory]
    [InlineData("CHN", "hegemony", null, null, null)]
    [InlineData("USA", "sovereignty", null, null, "1000")]
    [InlineData("RUS", "multipolar", null, null, "5")]
    [InlineData("IND", "terrorism", "1990", "2010", "3")]
    [InlineData("FRA", "peace", null, null, "50")]
    [InlineData("CHN", "qwzxplkjh", null, null, null)]
    [InlineData("BRA", "hunger", "2000", "2000", "1")]
    public void WordPassages_FromTheStoredCounts_EqualThoseFromTokenisingEveryText(string state, string word, string? from, string? to, string? limit)
    {
        // Given a state's speeches and a word
        var request = PassagesQuestion.Read(_source, QuestionArgs.Of(("a", state), ("word", word), ("from", from), ("to", to), ("limit", limit)));

        // When the passages are found through the stored counts, and by tokenising every text of the state
        var answer = PassagesQuestion.Run(_source, request);
        var plain = PlainPassages(request);

        // Then both find the same occurrences and list the same sentences
        Assert.Equal(plain.Found, answer.Found);
        Assert.Equal(plain.Passages, answer.Passages);
    }

    [Theory]
    [InlineData("RUS", "hegemony")]
    [InlineData("USA", "human_rights")]
    public void ConceptPassages_ReadOnlyTheTextsThatUseIt_AndEqualTheFullSearch(string state, string concept)
    {
        var request = PassagesQuestion.Read(_source, QuestionArgs.Of(("a", state), ("concept", concept), ("limit", "1000")));

        var answer = PassagesQuestion.Run(_source, request);
        var plain = PlainPassages(request);

        Assert.Equal(plain.Found, answer.Found);
        Assert.Equal(plain.Passages, answer.Passages);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("2022", null, null)]
    [InlineData(null, "1990", "2000")]
    [InlineData("1975", null, null)]
    public void WordsVotes_FromTheYearsCosinesAndTheSpokenYearsPairs_EqualTheFullGrouping(string? year, string? from, string? to)
    {
        var request = WordsVotesQuestion.Read(_source, QuestionArgs.Of(("year", year), ("from", from), ("to", to)));

        var answer = WordsVotesQuestion.Run(_source, request);
        var plain = PlainWordsVotes(request);

        Assert.Equal(plain.Years, answer.Years);
        Assert.Equal(plain.Pairs, answer.Pairs);
        Assert.Equal(WordsVotesQuestion.ToTable(plain).Rows, WordsVotesQuestion.ToTable(answer).Rows);
    }

    /// <summary>The passages as they were found before the stored counts: every text of the state read and tokenised.</summary>
    private PassagesQuestion.Answer PlainPassages(PassagesQuestion.Request request)
    {
        var speeches = _source.SpeechCatalogue;
        var list = speeches.SpeechesOf(request.A.Code, request.Frame.MergePredecessors, request.Frame.From, request.Frame.To).ToList();
        var texts = _source.Read(d => SpeechStore.Texts(d, list.Select(s => s.Id)));
        var matcher = new ConceptMatcher(ConceptDictionary.Default);
        var passages = new List<PassagesQuestion.Passage>();
        var found = 0;
        foreach (var s in list)
        {
            var text = texts[s.Id];
            var hits = new List<(int Start, int End)>();
            if (request.Concept is not null)
            {
                var only = matcher.Dictionary.Concepts.Select((x, i) => (x, i)).First(x => x.x.Code == request.Concept.Code).i;
                hits.AddRange(matcher.Matches(text, only).Select(m => (m.Start, m.End)));
            }
            else
            {
                SpeechAnalyzer.Tokens(text, (token, kept, start, end) =>
                {
                    if (kept && SpeechAnalyzer.Stem(token.ToString()) == request.Stem)
                    {
                        hits.Add((start, end));
                    }
                });
            }

            var lastSentence = -1;
            foreach (var (start, end) in hits)
            {
                found++;
                var (from, to) = PassagesQuestion.Sentence(text, start, end);
                if (from == lastSentence || passages.Count >= request.Limit)
                {
                    continue;
                }

                lastSentence = from;
                passages.Add(new PassagesQuestion.Passage(s.Year, s.Id, s.State, s.Entry, from, text[start..end],
                    string.Join(' ', text[from..to].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
            }
        }

        return new PassagesQuestion.Answer(request, passages, found);
    }

    /// <summary>Words and votes as they were computed before: every period's pairs, grouped by period, each year's
    /// tf-idf built whole.</summary>
    private WordsVotesQuestion.Answer PlainWordsVotes(WordsVotesQuestion.Request request)
    {
        var frame = request.Frame;
        var speeches = new SpeechRecord(_source.Read(d => SpeechStore.Load(d, similarities: y => _source.Read(x => SpeechStore.Similarities(x, y)))), StateRegistry.Default);
        var matrix = _source.Matrix(Forum.GeneralAssembly, frame.MergePredecessors);
        var periods = frame.Periods(_source);
        var rules = frame.Convention.CoincidenceRules(matrix, periods);
        var measure = frame.Measures[0];
        var byPeriod = AllPairsAgreement.Compute(matrix, periods, 1).GroupBy(c => c.Period).ToDictionary(g => g.Key, g => g.ToList());
        var years = new List<WordsVotesQuestion.YearCorrelation>();
        var pairs = new List<WordsVotesQuestion.PairYear>();
        for (var p = 0; p < periods.Count; p++)
        {
            if (!int.TryParse(periods[p].Label, out var y) || y < speeches.FirstYear || y > speeches.LastYear || !byPeriod.TryGetValue(p, out var list))
            {
                continue;
            }

            var year = speeches.Year(y);
            var at = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < year.Speeches.Count; i++)
            {
                at.TryAdd(speeches.Speaker(year.Speeches[i].State, frame.MergePredecessors), i);
            }

            var sims = new List<double>();
            var agrees = new List<double>();
            var found = new List<(string A, string B, double S, double V, int N)>();
            foreach (var c in list)
            {
                if (!at.TryGetValue(matrix.States[c.A], out var ia) || !at.TryGetValue(matrix.States[c.B], out var ib))
                {
                    continue;
                }

                if (measure.Value(AgreementScores.From(c.Counts, frame.MinN, rules[p])) is not { } v || double.IsNaN(v))
                {
                    continue;
                }

                var s = year.Similarity(ia, ib);
                sims.Add(s);
                agrees.Add(v);
                found.Add((matrix.States[c.A], matrix.States[c.B], s, v, c.Counts.N));
            }

            if (found.Count < 3)
            {
                continue;
            }

            years.Add(new WordsVotesQuestion.YearCorrelation(y, found.Count, Correlation.Pearson(sims, agrees), Correlation.Spearman(sims, agrees), sims.Average(), agrees.Average()));
            if (request.Year is not null)
            {
                var rs = Correlation.Ranks(sims);
                var rv = Correlation.Ranks(agrees);
                for (var k = 0; k < found.Count; k++)
                {
                    var f = found[k];
                    var (a, b) = string.CompareOrdinal(f.A, f.B) < 0 ? (f.A, f.B) : (f.B, f.A);
                    pairs.Add(new WordsVotesQuestion.PairYear(y, a, b, f.S, f.V, f.N, (rs[k] - 0.5) / found.Count, (rv[k] - 0.5) / found.Count));
                }
            }
        }

        return new WordsVotesQuestion.Answer(request, measure.Column, years, pairs);
    }
}
