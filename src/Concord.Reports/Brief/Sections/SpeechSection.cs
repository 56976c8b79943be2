using Concord.Questions.Speeches;
using Concord.Reports.Text;

namespace Concord.Reports.Brief.Sections;

/// <summary>What they say: how alike the two states' General Debate speeches are, year by year beside the median pair of
/// speakers, the words that set each apart and those they share, the concepts each uses, and where words and votes
/// part. From the <c>say</c> question.</summary>
internal static class SpeechSection
{
    private const int Words = 8;

    public static BriefSection? Build(BriefContext ctx, List<string> annex)
    {
        var inv = BriefContext.Inv;
        if (ctx.B is not { } b)
        {
            return null;
        }

        Analysis.Speeches.SpeechRecord speeches;
        try
        {
            speeches = ctx.Record.Speeches;
        }
        catch (Questions.QuestionNotFound)
        {
            annex.Add("What they say: the database holds no General Debate speeches (sync with the speech corpus to add them).");
            return null;
        }

        var from = Math.Max(ctx.From, speeches.FirstYear);
        var to = Math.Min(ctx.To, speeches.LastYear);
        if (from > to)
        {
            annex.Add(string.Create(inv, $"What they say: the General Debate corpus covers {speeches.FirstYear}–{speeches.LastYear}, outside the brief's years."));
            return null;
        }

        var answer = SayRun.Run(speeches, new SayRun.Request(ctx.A, b, new SpeechFrame(from, to, true), Words));
        if (answer.YearsBoth == 0 || answer.MeanPercentile is not { } percentile)
        {
            annex.Add(string.Create(inv, $"What they say: {ctx.NameA} and {ctx.NameB} did not both speak in a General Debate of {from}–{to}."));
            return null;
        }

        var s = new BriefSection("speeches", "What they say");
        var body = s.Body;
        body.H(1, "What they say: the General Debate", s.Id);
        var span = from == to ? from.ToString(inv) : string.Create(inv, $"{from}–{to}");
        var text = string.Create(inv, $"In the {answer.YearsBoth} General Debates of {span} in which both spoke, {ctx.NameA}'s and {ctx.NameB}'s speeches were more alike than {BriefContext.Percent(percentile)} of the pairs of speakers, on average (mean similarity {answer.MeanSimilarity:0.00}; the median pair's is shown year by year in the chart).");
        body.P(text);

        // Words and votes: where the pair stands among pairs in each, over the same years.
        var votesCloser = ctx.Yardsticks.CloserThan;
        var apart = votesCloser is { } v ? percentile - v : (double?)null;
        var wordsAndVotes = apart switch
        {
            null => "",
            > 0.15 => string.Create(inv, $" They speak more alike than they vote: closer than {BriefContext.Percent(percentile)} of pairs in their speeches, {BriefContext.Percent(votesCloser)} in their Assembly votes."),
            < -0.15 => string.Create(inv, $" They vote more alike than they speak: closer than {BriefContext.Percent(votesCloser)} of pairs in their Assembly votes, {BriefContext.Percent(percentile)} in their speeches."),
            _ => string.Create(inv, $" Their words and votes agree: closer than {BriefContext.Percent(percentile)} of pairs in their speeches and {BriefContext.Percent(votesCloser)} in their votes."),
        };
        if (wordsAndVotes.Length > 0)
        {
            body.P(wordsAndVotes.Trim());
        }

        var chart = new BriefChart($"General Debate: how alike the speeches of {ctx.LabelA} and {ReaderNames.Label(b)} were, by year", "Similarity of speeches (cosine)")
            .YRange(0, 1.05)
            .Add(ctx.PairLabel, [.. answer.Years.Select(y => (y.Year, y.Similarity))])
            .AddYardstick("median pair of speakers", [.. answer.Years.Select(y => (y.Year, y.MedianPair))], 0);
        body.C("speech-similarity", chart, string.Create(inv, $"Data: the UN General Debate Corpus (one English text per state and session, the UN's own or official translations), {span}. Measure: cosine similarity of the two speeches' tf-idf vectors, words reduced to their stems, stop words, numbers and the verbatim record's procedural words removed; grey: the median of every pair of speakers that year."));

        string Words3(IEnumerable<SayRun.WordScore> words) => string.Join(", ", words.Take(Words).Select(w => w.Word));
        body.T(["", "words"], [
            [$"{ctx.LabelA}, not {ReaderNames.Label(b)}", Words3(answer.ADistinctive)],
            [$"{ReaderNames.Label(b)}, not {ctx.LabelA}", Words3(answer.BDistinctive)],
            ["both", Words3(answer.Shared)],
        ]);
        body.P("Words that set one apart: the highest log-odds with an informative Dirichlet prior (the whole corpus), which allows for how common a word is; shared words: those that add most to their similarity.");

        var used = answer.Concepts.Where(c => c.Use != "neither").ToList();
        if (used.Count > 0)
        {
            body.H(2, "Concepts");
            body.T(["concept", $"{ctx.LabelA} (per 10,000 words)", $"{ReaderNames.Label(b)} (per 10,000 words)", "used by"],
                used.Select(c => new object?[] { c.Label, c.APer10K.ToString("0.0", inv), c.BPer10K.ToString("0.0", inv), c.Use switch { "both" => "both", "only a" => $"only {ctx.LabelA}", _ => $"only {ReaderNames.Label(b)}" } }));
            body.P("Concepts: a dictionary of terms for each concept the literature on these states' rhetoric tracks (sovereignty, non-interference, hegemony, multipolarity, a shared future, unilateral sanctions and others), each with its source; counted in the raw speeches.");
        }

        var onlyA = used.Where(c => c.Use == "only a").Select(c => c.Label).ToList();
        var onlyB = used.Where(c => c.Use == "only b").Select(c => c.Label).ToList();
        var concepts = (onlyA.Count > 0 ? $" Only {ctx.NameA} speaks of {BriefContext.And(onlyA)}." : "") + (onlyB.Count > 0 ? $" Only {ctx.NameB} speaks of {BriefContext.And(onlyB)}." : "");
        s.Judge(55, percentile >= 0.75 ? "They speak alike." : percentile >= 0.4 ? "They speak about as alike as most pairs." : "They speak differently.", (text + wordsAndVotes + concepts).Trim(), "speeches");
        s.Method.Add($"Speeches: the UN General Debate Corpus (Baturo, Dasandi and Mikhaylov; one English text per state and session). {SpeechFrame.Weighting}.");
        return s;
    }
}
