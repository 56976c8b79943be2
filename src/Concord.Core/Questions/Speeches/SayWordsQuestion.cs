namespace Concord.Questions.Speeches;

/// <summary><c>say-words A B</c>: the words that set A and B apart in the General Debate, and the words they share.</summary>
public sealed class SayWordsQuestion : Question
{
    public override string Name => "say-words";

    public override string Summary => "The words that set A's and B's General Debate speeches apart (log-odds, informative Dirichlet prior) and the words they share.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "The first state (code or name).", Positional: true),
        new("b", "The second state (code or name).", Positional: true),
        new("words", "How many words to list for each side and shared (default 15, at most 100)."),
        .. SpeechFrame.Specs,
    ];

    public override string FileName(QuestionArgs args) => $"say-words-{args.Text("a")}-{args.Text("b")}";

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(SayRun.Run(record.Speeches, SayQuestion.Read(record, args)));

    public static ResultTable ToTable(SayRun.Answer answer)
    {
        var r = answer.Request;
        var table = new ResultTable($"The words of {r.A.Name} and {r.B.Name} in the General Debate", "side", "rank", "word", "stem", "score", "a_count", "b_count", "a_per_10k", "b_per_10k");
        SayRun.PairFacts(table, answer);
        table.Fact("a_words", answer.AWords);
        table.Fact("b_words", answer.BWords);
        void Rows(string side, IReadOnlyList<SayRun.WordScore> words)
        {
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                table.Add(side, i + 1, w.Word, w.Stem, w.Score, w.ACount, w.BCount, w.APer10K, w.BPer10K);
            }
        }

        Rows("a", answer.ADistinctive);
        Rows("b", answer.BDistinctive);
        Rows("shared", answer.Shared);
        table.Notes.Add("side a/b: log-odds z with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008; prior: the same years' speeches, 1,000 words); shared: the word's mean share of the yearly cosine.");
        table.Notes.Add("A word is a Porter stem shown in its most frequent form; its sentences: concord passages STATE --word STEM_OR_WORD --from Y --to Y.");
        return table;
    }
}
