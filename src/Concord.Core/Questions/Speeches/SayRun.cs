using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Speeches;
using Concord.States;

namespace Concord.Questions.Speeches;

/// <summary>How alike two states speak in the General Debate, year by year, and on which words and concepts:
/// <c>concord say A B</c>, <c>concord say-words A B</c>, their endpoints, and the brief's "What they say".</summary>
public static class SayRun
{
    public sealed record Request(State A, State B, SpeechFrame Frame, int Words = 15);

    /// <summary>One year of the pair.</summary>
    /// <param name="Similarity">The cosine of the two speeches' tf-idf vectors; null when one of them did not speak.</param>
    /// <param name="Percentile">The share of the year's pairs of speakers (every pair, the observers' too) less alike than
    /// these two, in [0, 1]: the yardstick that makes years comparable.</param>
    /// <param name="MedianPair">The median similarity of every pair of speakers that year.</param>
    /// <param name="RankOfB">B's place among the year's speakers by likeness to A (1 = speaks most like A).</param>
    /// <param name="AFiled">The speech that stood for A (its entry's code and year), e.g. SUN for Russia before 1992.</param>
    public sealed record YearRow(int Year, double? Similarity, double? Percentile, double? MedianPair, int? RankOfB, int Speakers,
        int? AWords, int? BWords, string? ASpeaker, string? BSpeaker, int? ASpeechId, int? BSpeechId);

    /// <summary>A word that sets one side apart, or that both share.</summary>
    /// <param name="Word">The form the stem most often has in the corpus.</param>
    /// <param name="Score">For a side's words, the log-odds z (positive: A's, shown as is for A and negated for B); for
    /// shared words, the mean share of the yearly cosine the word gives (sum over years of w_A · w_B, over the years).</param>
    public sealed record WordScore(string Word, string Stem, double Score, long ACount, long BCount, double APer10K, double BPer10K);

    /// <summary>A concept's rate in each side's speeches over the years asked (per 10,000 words).</summary>
    public sealed record ConceptRate(string Concept, string Label, long ACount, long BCount, double APer10K, double BPer10K)
    {
        /// <summary>"both", "only a", "only b" or "neither".</summary>
        public string Use => (ACount > 0, BCount > 0) switch
        {
            (true, true) => "both",
            (true, false) => "only a",
            (false, true) => "only b",
            _ => "neither",
        };
    }

    /// <param name="MeanSimilarity">The mean of the yearly similarities (years both spoke).</param>
    /// <param name="MeanPercentile">The mean of the yearly percentiles.</param>
    public sealed record Answer(Request Request, IReadOnlyList<YearRow> Years, IReadOnlyList<WordScore> ADistinctive, IReadOnlyList<WordScore> BDistinctive,
        IReadOnlyList<WordScore> Shared, IReadOnlyList<ConceptRate> Concepts, double? MeanSimilarity, double? MeanPercentile, long AWords, long BWords)
    {
        public int YearsBoth => Years.Count(y => y.Similarity is not null);
    }

    public static Answer Run(SpeechRecord speeches, Request request)
    {
        var frame = request.Frame;
        var merge = frame.MergePredecessors;
        var vocabulary = speeches.Index.Vocabulary;
        var rows = new List<YearRow>();
        var shared = new double[vocabulary.Count];
        var a = new long[vocabulary.Count];
        var b = new long[vocabulary.Count];
        var background = new long[vocabulary.Count];
        long aWords = 0, bWords = 0;
        var conceptCount = speeches.Index.Concepts.Count;
        var aConcepts = new long[conceptCount];
        var bConcepts = new long[conceptCount];

        // Over the whole corpus, the log-odds background is every year's terms: the vocabulary's totals. The pair's
        // speeches are then read alone (their vectors, document frequencies, cosines and percentiles: no other
        // speech's bytes). Over some years, the years' stored rows are read in one go, and the pair's vectors in one more.
        var pairIds = speeches.SpeechesOf(request.A.Code, merge, frame.From, frame.To)
            .Concat(speeches.SpeechesOf(request.B.Code, merge, frame.From, frame.To)).Select(s => s.Id).ToList();
        var alone = speeches.ReadsSpeechesAlone && frame.From <= speeches.FirstYear && frame.To >= speeches.LastYear;
        if (alone)
        {
            speeches.PreloadRows(pairIds);
            var totals = vocabulary.Totals;
            for (var t = 0; t < background.Length; t++)
            {
                background[t] = totals[t];
            }
        }
        else
        {
            speeches.Preload(frame.From, frame.To);
            speeches.PreloadVectors(pairIds);
        }

        for (var y = frame.From; y <= frame.To; y++)
        {
            var year = alone ? speeches.PairYear(y) : speeches.Year(y);
            if (year.Speeches.Count == 0)
            {
                continue;
            }

            if (!alone)
            {
                year.AddTermTotals(background);
            }

            var ia = speeches.IndexOf(year, request.A.Code, merge);
            var ib = speeches.IndexOf(year, request.B.Code, merge);
            SpeechEntry? sa = ia >= 0 ? year.Speeches[ia] : null;
            SpeechEntry? sb = ib >= 0 ? year.Speeches[ib] : null;
            if (sa is not null)
            {
                Add(a, year, ia);
                aWords += sa.Words;
                AddConcepts(aConcepts, sa);
            }

            if (sb is not null)
            {
                Add(b, year, ib);
                bWords += sb.Words;
                AddConcepts(bConcepts, sb);
            }

            if (sa is null || sb is null)
            {
                rows.Add(new YearRow(y, null, null, null, null, year.Speeches.Count, sa?.Words, sb?.Words, sa?.State, sb?.State, sa?.Id, sb?.Id));
                continue;
            }

            var n = year.Speeches.Count;
            var similarity = year.Similarity(ia, ib);
            var rank = 1;
            for (var j = 0; j < n; j++)
            {
                if (j != ia && j != ib && year.Similarity(ia, j) > similarity)
                {
                    rank++;
                }
            }

            Contributions(shared, year.Terms(ia), year.Weights(ia), year.Terms(ib), year.Weights(ib));
            rows.Add(new YearRow(y, similarity, year.PairPercentile(ia, ib), year.MedianPair, rank, year.Speeches.Count, sa.Words, sb.Words, sa.State, sb.State, sa.Id, sb.Id));
        }

        var both = rows.Where(r => r.Similarity is not null).ToList();
        var z = LogOdds.Z(a, b, background);
        var terms = Enumerable.Range(0, vocabulary.Count).Where(t => !double.IsNaN(z[t])).ToList();
        var aCandidates = Candidates([.. terms.Where(t => z[t] > 0)], t => z[t], request.Words);
        var bCandidates = Candidates([.. terms.Where(t => z[t] < 0)], t => -z[t], request.Words);
        var sharedCandidates = both.Count == 0 ? [] : Candidates([.. Enumerable.Range(0, vocabulary.Count).Where(t => shared[t] > 0)], t => shared[t], request.Words);
        var described = vocabulary.Describe([.. aCandidates.Concat(bCandidates).Concat(sharedCandidates).Distinct()]);
        WordScore Score(int t, double score) => new(described[t].Word, described[t].Stem, score, a[t], b[t],
            aWords == 0 ? 0 : 10_000.0 * a[t] / aWords, bWords == 0 ? 0 : 10_000.0 * b[t] / bWords);
        var aTop = aCandidates.OrderByDescending(t => z[t]).ThenBy(t => described[t].Stem, StringComparer.Ordinal).Take(request.Words).Select(t => Score(t, z[t])).ToList();
        var bTop = bCandidates.OrderBy(t => z[t]).ThenBy(t => described[t].Stem, StringComparer.Ordinal).Take(request.Words).Select(t => Score(t, -z[t])).ToList();
        var sharedTop = sharedCandidates.OrderByDescending(t => shared[t]).ThenBy(t => described[t].Stem, StringComparer.Ordinal).Take(request.Words)
            .Select(t => Score(t, shared[t] / both.Count)).ToList();
        var concepts = new List<ConceptRate>();
        var dictionary = ConceptDictionary.Default;
        for (var c = 0; c < conceptCount; c++)
        {
            var label = dictionary.Find(speeches.Index.Concepts[c])?.Label ?? speeches.Index.Concepts[c];
            concepts.Add(new ConceptRate(speeches.Index.Concepts[c], label, aConcepts[c], bConcepts[c],
                aWords == 0 ? 0 : 10_000.0 * aConcepts[c] / aWords, bWords == 0 ? 0 : 10_000.0 * bConcepts[c] / bWords));
        }

        return new Answer(request, rows, aTop, bTop, sharedTop, concepts,
            both.Count == 0 ? null : both.Average(r => r.Similarity!.Value), both.Count == 0 ? null : both.Average(r => r.Percentile!.Value), aWords, bWords);
    }

    /// <summary>The terms that can be among the first <paramref name="k"/> by <paramref name="score"/> (highest first, ties
    /// by stem): every term scoring above the k-th score and every one tied with it. Only these need their stems read
    /// to settle the order, not the whole vocabulary.</summary>
    private static List<int> Candidates(List<int> terms, Func<int, double> score, int k)
    {
        if (terms.Count <= k)
        {
            return terms;
        }

        var scores = terms.Select(score).ToArray();
        Array.Sort(scores);
        var kth = scores[^k];
        return [.. terms.Where(t => score(t) >= kth)];
    }

    private static void Add(long[] counts, TfIdfYear year, int i)
    {
        var terms = year.Terms(i);
        var n = year.Counts(i);
        for (var k = 0; k < terms.Length; k++)
        {
            counts[terms[k]] += n[k];
        }
    }

    private static void AddConcepts(long[] counts, SpeechEntry s)
    {
        for (var c = 0; c < s.Concepts.Length && c < counts.Length; c++)
        {
            counts[c] += s.Concepts[c];
        }
    }

    private static void Contributions(double[] into, int[] termsA, double[] a, int[] termsB, double[] b)
    {
        int i = 0, j = 0;
        while (i < termsA.Length && j < termsB.Length)
        {
            if (termsA[i] == termsB[j])
            {
                into[termsA[i]] += a[i++] * b[j++];
            }
            else if (termsA[i] < termsB[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    /// <summary>The facts of a pair answer.</summary>
    public static void PairFacts(ResultTable table, Answer answer)
    {
        var r = answer.Request;
        table.Fact("a", r.A.Code);
        table.Fact("a_name", r.A.Name);
        table.Fact("b", r.B.Code);
        table.Fact("b_name", r.B.Name);
        r.Frame.Describe(table);
        table.Fact("weighting", SpeechFrame.Weighting);
        table.Fact("years_both_spoke", answer.YearsBoth);
        table.Fact("mean_similarity", answer.MeanSimilarity);
        table.Fact("mean_percentile", answer.MeanPercentile);
    }
}
