namespace Concord.Questions.Speeches;

/// <summary><c>say A B</c>: how alike two states speak in the General Debate, year by year, against the year's pairs.</summary>
public sealed class SayQuestion : Question
{
    public override string Name => "say";

    public override string Summary => "How alike A and B speak in the General Debate, year by year (tf-idf cosine), with the words that set each apart and the words they share.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "The first state (code or name).", Positional: true),
        new("b", "The second state (code or name).", Positional: true),
        new("words", "How many words to list for each side and shared (default 15, at most 100)."),
        .. SpeechFrame.Specs,
    ];

    public override string FileName(QuestionArgs args) => $"say-{args.Text("a")}-{args.Text("b")}";

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(SayRun.Run(record.Speeches, Read(record, args)));

    public static SayRun.Request Read(LoadedRecord record, QuestionArgs args)
    {
        var (a, b) = args.Pair();
        var frame = SpeechFrame.Read(args, record.Speeches);
        return new SayRun.Request(a, b, frame, args.Int("words", 15, 1, 100));
    }

    public static ResultTable ToTable(SayRun.Answer answer)
    {
        var r = answer.Request;
        var table = new ResultTable($"How alike {r.A.Name} and {r.B.Name} speak in the General Debate", "year", "similarity", "pair_percentile", "median_pair", "rank_of_b", "speakers", "a_words", "b_words", "a_speaker", "b_speaker", "a_speech", "b_speech");
        SayRun.PairFacts(table, answer);
        table.Fact("a_distinctive", answer.ADistinctive.Select(w => $"{w.Word} ({w.Score:0.0})").ToList());
        table.Fact("b_distinctive", answer.BDistinctive.Select(w => $"{w.Word} ({w.Score:0.0})").ToList());
        table.Fact("shared", answer.Shared.Select(w => $"{w.Word} ({w.Score:0.000})").ToList());
        foreach (var y in answer.Years)
        {
            table.Add(y.Year, y.Similarity, y.Percentile, y.MedianPair, y.RankOfB, y.Speakers, y.AWords, y.BWords, y.ASpeaker, y.BSpeaker, y.ASpeechId, y.BSpeechId);
        }

        table.Notes.Add("similarity: cosine of the two speeches' tf-idf vectors, the year's speeches as the collection (docs/methods.md, Speeches); pair_percentile: share of the year's pairs less alike; rank_of_b: B's place among the year's speakers by likeness to A.");
        table.Notes.Add("Distinctive words: log-odds with an informative Dirichlet prior (Monroe et al. 2008), z-scores; shared: mean share of the cosine. Words with scores and counts: concord say-words; sentences: concord passages STATE --word WORD.");
        if (answer.Years.Any(y => y.Similarity is null))
        {
            table.Notes.Add($"Years without a speech of both: {string.Join(", ", answer.Years.Where(y => y.Similarity is null).Select(y => y.Year))} (the corpus has no speech for one of them; 1970 is thin in the corpus itself).");
        }

        return table;
    }
}
