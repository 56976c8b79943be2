using System.Text.RegularExpressions;
using Concord.Domain;
using Concord.Questions;
using Concord.Questions.Catalog;
using Concord.Speeches;
using Concord.States;
using Concord.Store;
using Concord.Sync;

namespace Concord.Tests.RealData;

/// <summary>The General Debate corpus in the real record: every speech, mapped as the votes are; similarities equal to an
/// independent tf-idf computation; concept counts equal to a plain search of the raw texts.</summary>
public sealed class SpeechesOnRealDataTest : IDisposable
{
    private readonly LoadedRecord _source = new(ConcordDatabase.OpenReadOnly(RealDataDatabase.Instance.Path));

    public void Dispose() => _source.Dispose();

    [Fact]
    public void TheRecord_HoldsEverySpeechOfTheCorpus_MappedToTheSeatsHolders()
    {
        var speeches = _source.Speeches.Index.Speeches;

        // The corpus's README: 10,952 speeches, 1946-2024; the United States in all 79 years
        Assert.Equal(10_952, speeches.Count);
        Assert.Equal(79, speeches.Count(s => s.State == "USA"));
        Assert.Equal((1946, 2024), (_source.Speeches.FirstYear, _source.Speeches.LastYear));

        // CHN up to 1971 is the Republic of China (its 1971 speech attacks "the Communists"), RUS up to 1991 the USSR
        Assert.All(speeches.Where(s => s.Filed == "CHN"), s => Assert.Equal(s.Year <= 1971 ? "TWN" : "CHN", s.State));
        Assert.All(speeches.Where(s => s.Filed == "RUS"), s => Assert.Equal(s.Year <= 1991 ? "SUN" : "RUS", s.State));
        Assert.Equal(70, speeches.Count(s => s.Year == 1970));
    }

    [Fact]
    public void ASyncOfTheSameCorpus_CarriesTheIndexOver()
    {
        var plan = SpeechSync.Prepare(RealDataDatabase.Instance.DataDir, RealDataDatabase.Instance.Path, StateRegistry.Default);

        Assert.NotNull(plan);
        Assert.True(plan.Reused);
        Assert.Equal(10_952, plan.File.RowsRead);
    }

    [Theory]
    [InlineData(1971)]
    [InlineData(2024)]
    public void Similarities_EqualAnIndependentTfIdf_ToOneBillionth(int y)
    {
        // Given the year's raw texts, tokenised again through the analyzer's plain path (stems as strings)
        var year = _source.Speeches.Year(y);
        var texts = _source.Read(d => SpeechStore.Texts(d, year.Speeches.Select(s => s.Id)));
        var docs = year.Speeches.Select(s => SpeechAnalyzer.Terms(texts[s.Id]).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count())).ToList();

        // When tf-idf is computed as scikit-learn's TfidfVectorizer(sublinear_tf=True) does (smooth idf, l2 norm)
        var n = docs.Count;
        var df = docs.SelectMany(d => d.Keys).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var vectors = docs.Select(d =>
        {
            var w = d.ToDictionary(kv => kv.Key, kv => (1 + Math.Log(kv.Value)) * (Math.Log((1.0 + n) / (1.0 + df[kv.Key])) + 1));
            var norm = Math.Sqrt(w.Values.Sum(v => v * v));
            return w.ToDictionary(kv => kv.Key, kv => kv.Value / norm);
        }).ToList();

        // Then every pair's cosine equals Concord's to 1e-9
        var matrix = year.Matrix;
        var worst = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var expected = vectors[i].Sum(kv => vectors[j].TryGetValue(kv.Key, out var v) ? kv.Value * v : 0);
                worst = Math.Max(worst, Math.Abs(expected - matrix[(i * n) + j]));
            }
        }

        Assert.True(worst < 1e-9, $"largest difference {worst:E2} in {y}");
    }

    [Fact]
    public void ConceptCounts_EqualAPlainSearchOfTheRawTexts()
    {
        // Given one speech in seven (1,565 speeches across every year) and a regular expression per concept, built
        // from the dictionary's terms independently of the matcher
        var dictionary = ConceptDictionary.Default;
        var patterns = dictionary.Concepts.Select(c => new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join("|", c.Terms.OrderByDescending(t => t.Length).Select(Pattern)) + ")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        var sample = _source.Speeches.Index.Speeches.Where(s => s.Id % 7 == 0).ToList();
        var texts = _source.Read(d => SpeechStore.Texts(d, sample.Select(s => s.Id)));
        var stored = _source.Speeches.Index.Concepts;

        // When each concept is counted in each raw text
        var differences = new List<string>();
        long total = 0;
        foreach (var s in sample)
        {
            for (var c = 0; c < patterns.Count; c++)
            {
                var plain = patterns[c].Count(texts[s.Id]);
                total += plain;
                var at = stored.ToList().IndexOf(dictionary.Concepts[c].Code);
                if (s.Concepts[at] != plain)
                {
                    differences.Add($"{s.Entry} {dictionary.Concepts[c].Code}: stored {s.Concepts[at]}, search {plain}");
                }
            }
        }

        // Then the stored counts are the search's
        Assert.True(total > 10_000, $"only {total} occurrences in the sample");
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(10)));
    }

    private static string Pattern(string term)
    {
        var open = term.EndsWith('*');
        var words = (open ? term[..^1] : term).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return string.Join(@"\s+", words) + (open ? @"\p{L}*" : @"(?![\p{L}\p{N}])");
    }

    [Fact]
    public void SayChinaRussia_ComparesTheirSpeechesFrom1972_AndNamesWordsOnBothSides()
    {
        var table = QuestionCatalog.Say.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("b", "RUS")));
        var answer = Concord.Questions.Speeches.SayRun.Run(_source.Speeches, Concord.Questions.Speeches.SayQuestion.Read(_source, QuestionArgs.Of(("a", "CHN"), ("b", "RUS"))));

        // The PRC spoke from 1972 (1971 was the ROC's speech), Russia's seat throughout (the USSR's before 1992); 1970 is missing
        var years = answer.Years.Where(y => y.Similarity is not null).Select(y => y.Year).ToList();
        Assert.Equal(1972, years.Min());
        Assert.Equal(2024 - 1972 + 1, years.Count);
        Assert.All(answer.Years.Where(y => y.Similarity is not null), y => Assert.InRange(y.Similarity!.Value, 0.0, 1.0));
        Assert.Equal("SUN", answer.Years.Single(y => y.Year == 1980).BSpeaker);
        Assert.NotEmpty(answer.ADistinctive);
        Assert.NotEmpty(answer.BDistinctive);
        Assert.NotEmpty(answer.Shared);
        Assert.Equal(answer.Years.Count, table.Rows.Count);
    }

    [Theory]
    [InlineData("CHN", "RUS")]
    [InlineData("USA", "FRA")]
    [InlineData("IND", "PAK")]
    public void PairAnswers_FromTheStoredYears_EqualThoseFromEveryDecodedVector(string a, string b)
    {
        // Given the record as the questions load it (stored year totals, two vectors decoded a year) and the whole
        // index decoded, every year's tf-idf then built from every speech's vector
        var request = Concord.Questions.Speeches.SayQuestion.Read(_source, QuestionArgs.Of(("a", a), ("b", b)));
        var everyVector = new Concord.Analysis.Speeches.SpeechRecord(
            _source.Read(d => SpeechStore.Load(d, similarities: y => _source.Read(x => SpeechStore.Similarities(x, y)))), StateRegistry.Default);

        // When the pair is asked of both
        var stored = Concord.Questions.Speeches.SayRun.Run(_source.Speeches, request);
        var decoded = Concord.Questions.Speeches.SayRun.Run(everyVector, request);

        // Then the answers are the same, to the last bit
        Assert.Equal(decoded.Years, stored.Years);
        Assert.Equal(decoded.ADistinctive, stored.ADistinctive);
        Assert.Equal(decoded.BDistinctive, stored.BDistinctive);
        Assert.Equal(decoded.Shared, stored.Shared);
        Assert.Equal(decoded.Concepts, stored.Concepts);
        Assert.Equal((decoded.MeanSimilarity, decoded.MeanPercentile, decoded.AWords, decoded.BWords), (stored.MeanSimilarity, stored.MeanPercentile, stored.AWords, stored.BWords));
    }

    [Fact]
    public void Passages_OfAWord_AreSentencesThatUseIt()
    {
        var table = QuestionCatalog.Passages.Ask(_source, QuestionArgs.Of(("a", "CHN"), ("word", "hegemony"), ("from", "1990"), ("to", "2000")));

        Assert.NotEmpty(table.Rows);
        var sentence = table.Columns.ToList().IndexOf("sentence");
        Assert.All(table.Rows, r => Assert.Contains("hegemon", (string)r[sentence]!, StringComparison.OrdinalIgnoreCase));
    }
}
