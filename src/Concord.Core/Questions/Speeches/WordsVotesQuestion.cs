using Concord.Analysis.Agreement;
using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.States;

namespace Concord.Questions.Speeches;

/// <summary><c>words-votes</c>: for every pair of states and year, General Debate similarity beside Assembly vote
/// agreement; their correlation by year, or for one year the pairs that speak alike but vote apart and the reverse.</summary>
public sealed class WordsVotesQuestion : Question
{
    public override string Name => "words-votes";

    public override string Summary => "Speech similarity beside vote agreement for every pair: the correlation by year, or for one year the pairs that speak alike but vote apart (and the reverse).";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("year", "One year: list its pairs that part most (default: the correlation of every year)."),
        new("top", "With --year, how many pairs to list each way (default 15, at most 500)."),
        // No forum: the speeches are the General Assembly's, compared with its votes only.
        .. AgreementFrame.Specs.Where(s => s.Name is not ("forum" or "by")),
    ];

    public override string FileName(QuestionArgs args) => args.Has("year") ? $"words-votes-{args.Text("year")}" : "words-votes";

    public sealed record Request(AgreementFrame Frame, int? Year, int Top);

    /// <param name="SimilarityPercentile">The pair's place among the year's pairs by speech similarity, in [0, 1].</param>
    /// <param name="AgreementPercentile">Its place by vote agreement.</param>
    public sealed record PairYear(int Year, string A, string B, double Similarity, double Agreement, int N, double SimilarityPercentile, double AgreementPercentile)
    {
        /// <summary>Positive: they speak more alike than they vote; negative: they vote more alike than they speak.</summary>
        public double Gap => SimilarityPercentile - AgreementPercentile;
    }

    public sealed record YearCorrelation(int Year, int Pairs, double Pearson, double Spearman, double MeanSimilarity, double MeanAgreement);

    /// <param name="Pairs">With a year: every pair of that year with both a speech each and a vote agreement.</param>
    public sealed record Answer(Request Request, string Measure, IReadOnlyList<YearCorrelation> Years, IReadOnlyList<PairYear> Pairs);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var year = SpeechFrame.Year(args, "year", record.Speeches);
        var frame = AgreementFrame.Read(args, record, allPairs: true, by: PeriodKind.Year);
        if (year is { } y)
        {
            if (frame.From is not null || frame.To is not null)
            {
                throw new QuestionRefusal("year", "Give 'year' or 'from'/'to', not both.");
            }

            frame = frame with { From = y, To = y };
        }

        return new Request(frame, year, args.Int("top", 15, 1, 500));
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        var frame = request.Frame;
        var speeches = record.Speeches;
        var matrix = record.Matrix(Forum.GeneralAssembly, frame.MergePredecessors);
        var periods = frame.Periods(record);
        var rules = frame.Convention.CoincidenceRules(matrix, periods);
        var measure = frame.Measures[0];

        // Only the periods of a year with speeches are counted (the votes of 2025 have no General Debate to meet).
        var spoken = new List<(int Period, int Year)>();
        for (var p = 0; p < periods.Count; p++)
        {
            if (int.TryParse(periods[p].Label, out var y) && y >= speeches.FirstYear && y <= speeches.LastYear)
            {
                spoken.Add((p, y));
            }
        }

        if (spoken.Count > 0)
        {
            speeches.Preload(spoken.Min(s => s.Year), spoken.Max(s => s.Year), cosinesOnly: true);
        }

        // Each period's pairs are joined to the speeches as they are counted, on the counting workers, and dropped:
        // nothing holds every pair of every year at once (780,000 of them, 60 bytes each, cost more to allocate and
        // group than to count).
        var joined = new (YearCorrelation Year, List<PairYear> Pairs)?[spoken.Count];
        AllPairsAgreement.Stream(matrix, [.. spoken.Select(s => periods[s.Period])], 1, Environment.ProcessorCount,
            (q, _, counts) => joined[q] = Join(speeches, matrix, counts, spoken[q].Year, rules[spoken[q].Period], measure, request),
            (_, _) => { });
        var years = new List<YearCorrelation>();
        var pairs = new List<PairYear>();
        foreach (var j in joined)
        {
            if (j is { } x)
            {
                years.Add(x.Year);
                pairs.AddRange(x.Pairs);
            }
        }

        return new Answer(request, measure.Column, years, pairs);
    }

    /// <summary>One year's pairs with both a speech and a vote agreement: their correlation, and with a year asked, each
    /// pair with its percentiles; null when fewer than three pairs.</summary>
    private static (YearCorrelation Year, List<PairYear> Pairs)? Join(SpeechRecord speeches, VoteMatrix matrix, ReadOnlySpan<PairPeriodCounts> counts, int y,
        CoincidenceRule rule, (string Column, Func<AgreementScores, double?> Value) measure, Request request)
    {
        var frame = request.Frame;
        var year = speeches.YearCosines(y);
        var n = year.Speeches.Count;

        // Each matrix row's speech that year (-1 for none), found once rather than by code for every pair.
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            at.TryAdd(speeches.Speaker(year.Speeches[i].State, frame.MergePredecessors), i);
        }

        var speechOfRow = new int[matrix.Rows];
        for (var r = 0; r < speechOfRow.Length; r++)
        {
            speechOfRow[r] = at.TryGetValue(matrix.States[r], out var i) ? i : -1;
        }

        var sims = new List<double>();
        var agrees = new List<double>();
        var found = new List<(string A, string B, double S, double V, int N)>();
        foreach (var c in counts)
        {
            var ia = speechOfRow[c.A];
            var ib = speechOfRow[c.B];
            if (ia < 0 || ib < 0)
            {
                continue;
            }

            if (measure.Value(AgreementScores.From(c.Counts, frame.MinN, rule)) is not { } v || double.IsNaN(v))
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
            return null;
        }

        var correlation = new YearCorrelation(y, found.Count, Correlation.Pearson(sims, agrees), Correlation.Spearman(sims, agrees), sims.Average(), agrees.Average());
        var pairs = new List<PairYear>();
        if (request.Year is not null)
        {
            // Percentiles as mid-ranks over the pairs of the year, so that ties sit together.
            var rs = Correlation.Ranks(sims);
            var rv = Correlation.Ranks(agrees);
            for (var k = 0; k < found.Count; k++)
            {
                var f = found[k];
                var (a, b) = string.CompareOrdinal(f.A, f.B) < 0 ? (f.A, f.B) : (f.B, f.A);
                pairs.Add(new PairYear(y, a, b, f.S, f.V, f.N, (rs[k] - 0.5) / found.Count, (rv[k] - 0.5) / found.Count));
            }
        }

        return (correlation, pairs);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var registry = StateRegistry.Default;
        string Name(string code) => registry.IsKnownCode(code) ? registry[code].Name : code;
        ResultTable table;
        if (r.Year is { } y)
        {
            table = new ResultTable($"Words and votes in {y}: the pairs that speak alike but vote apart, and the reverse", "group", "a", "a_name", "b", "b_name", "similarity", answer.Measure, "n", "similarity_percentile", "agreement_percentile", "gap");
            table.Fact("year", y);
        }
        else
        {
            table = new ResultTable("Words and votes: speech similarity against vote agreement, year by year", "year", "pairs", "pearson", "spearman", "mean_similarity", "mean_" + answer.Measure);
            table.Fact("year", null);
        }

        table.Fact("measure", answer.Measure);
        r.Frame.Describe(table);
        table.Fact("weighting", SpeechFrame.Weighting);
        if (r.Year is not null)
        {
            var one = answer.Years.FirstOrDefault();
            table.Fact("pairs", one?.Pairs ?? 0);
            table.Fact("pearson", one?.Pearson);
            table.Fact("spearman", one?.Spearman);
            foreach (var p in answer.Pairs.OrderByDescending(p => p.Gap).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).Take(r.Top))
            {
                table.Add("speak alike, vote apart", p.A, Name(p.A), p.B, Name(p.B), p.Similarity, p.Agreement, p.N, p.SimilarityPercentile, p.AgreementPercentile, p.Gap);
            }

            foreach (var p in answer.Pairs.OrderBy(p => p.Gap).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).Take(r.Top))
            {
                table.Add("vote alike, speak apart", p.A, Name(p.A), p.B, Name(p.B), p.Similarity, p.Agreement, p.N, p.SimilarityPercentile, p.AgreementPercentile, p.Gap);
            }

            table.Notes.Add("gap = similarity_percentile - agreement_percentile (each the pair's mid-rank among the year's pairs, in [0, 1]).");
        }
        else
        {
            table.Fact("pairs", answer.Years.Sum(x => x.Pairs));
            table.Fact("pearson", null);
            table.Fact("spearman", null);
            foreach (var x in answer.Years)
            {
                table.Add(x.Year, x.Pairs, x.Pearson, x.Spearman, x.MeanSimilarity, x.MeanAgreement);
            }
        }

        table.Notes.Add($"Pairs with a General Debate speech each that year and at least {r.Frame.MinN} common Assembly votes; speech similarity: tf-idf cosine within the year (docs/methods.md, Speeches).");
        return table;
    }
}
