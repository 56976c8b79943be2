using Concord.Analysis.Speeches;
using Concord.States;

namespace Concord.Questions.Speeches;

/// <summary><c>speaks-like A</c>: who spoke most like A in a year's General Debate, and how that ranking moved since an
/// earlier year.</summary>
public sealed class SpeaksLikeQuestion : Question
{
    public override string Name => "speaks-like";

    public override string Summary => "Who speaks most like A in a year's General Debate (tf-idf cosine), and how the ranking moved since an earlier year.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "The state (code or name).", Positional: true),
        new("year", "The year ranked (default: the corpus's last)."),
        new("since", "The earlier year the ranking is compared with (default: five years before)."),
        new("top", "How many speakers to list (default 20, at most 250)."),
        SpeechFrame.NoPredecessorsSpec,
    ];

    public override string FileName(QuestionArgs args) => $"speaks-like-{args.Text("a")}";

    public sealed record Request(State A, int Year, int Since, int Top, bool MergePredecessors);

    /// <param name="RankThen">The speaker's place in the earlier year (null when it did not speak then).</param>
    public sealed record Ranked(int Rank, string State, string Name, double Similarity, double Percentile, int? RankThen, double? SimilarityThen);

    public sealed record Answer(Request Request, IReadOnlyList<Ranked> Rows, int Speakers, int? SpeakersThen);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record.Speeches, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var speeches = record.Speeches;
        var a = args.State("a");
        var year = SpeechFrame.Year(args, "year", speeches) ?? speeches.LastYear;
        var since = SpeechFrame.Year(args, "since", speeches) ?? Math.Max(speeches.FirstYear, year - 5);
        if (since > year)
        {
            throw new QuestionRefusal("since", $"'since' ({since}) is after 'year' ({year}).");
        }

        return new Request(a, year, since, args.Int("top", 20, 1, 250), !args.Flag("no-predecessors"));
    }

    public static Answer Run(SpeechRecord speeches, Request request)
    {
        var now = Rank(speeches, request.A.Code, request.Year, request.MergePredecessors)
            ?? throw new QuestionNotFound("a", $"{request.A.Code} has no General Debate speech in {request.Year}.");
        var then = request.Since == request.Year ? now : Rank(speeches, request.A.Code, request.Since, request.MergePredecessors);
        var thenByState = then?.ToDictionary(r => r.State, StringComparer.Ordinal) ?? [];
        var rows = now.Take(request.Top).Select(r => thenByState.TryGetValue(r.State, out var t) ? r with { RankThen = t.Rank, SimilarityThen = t.Similarity } : r).ToList();
        return new Answer(request, rows, now.Count, then?.Count);
    }

    /// <summary>Every other speaker of the year by likeness to A; null when A did not speak.</summary>
    private static List<Ranked>? Rank(SpeechRecord speeches, string a, int y, bool merge)
    {
        var year = speeches.Year(y);
        var ia = speeches.IndexOf(year, a, merge);
        if (ia < 0)
        {
            return null;
        }

        var n = year.Speeches.Count;
        var registry = StateRegistry.Default;
        var list = Enumerable.Range(0, n).Where(j => j != ia).Select(j => (j, Sim: year.Similarity(ia, j)))
            .OrderByDescending(x => x.Sim).ThenBy(x => year.Speeches[x.j].State, StringComparer.Ordinal).ToList();
        var ranked = new List<Ranked>(list.Count);
        for (var k = 0; k < list.Count; k++)
        {
            var code = speeches.Speaker(year.Speeches[list[k].j].State, merge);
            var name = registry.IsKnownCode(code) ? registry[code].Name : Sources.SpeechCorpusReader.Observers.GetValueOrDefault(code, code);
            ranked.Add(new Ranked(k + 1, code, name, list[k].Sim, year.Percentile(list[k].Sim), null, null));
        }

        return ranked;
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var table = new ResultTable($"Who speaks most like {r.A.Name} in the General Debate of {r.Year}", "rank", "state", "name", "similarity", "pair_percentile", "rank_then", "similarity_then", "moved");
        table.Fact("a", r.A.Code);
        table.Fact("a_name", r.A.Name);
        table.Fact("year", r.Year);
        table.Fact("since", r.Since);
        table.Fact("predecessors", r.MergePredecessors);
        table.Fact("weighting", SpeechFrame.Weighting);
        table.Fact("speakers", answer.Speakers);
        table.Fact("speakers_then", answer.SpeakersThen);
        foreach (var x in answer.Rows)
        {
            table.Add(x.Rank, x.State, x.Name, x.Similarity, x.Percentile, x.RankThen, x.SimilarityThen, x.RankThen is { } t ? t - x.Rank : null);
        }

        table.Notes.Add($"moved: places gained since {r.Since} (rank then minus rank now); empty when the speaker did not speak in {r.Since} or A did not.");
        return table;
    }
}
