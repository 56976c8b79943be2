using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Speeches;
using Concord.States;
using Concord.Store;

namespace Concord.Questions.Speeches;

/// <summary><c>passages A --word W</c> or <c>--concept C</c>: the sentences of A's General Debate speeches where a word
/// (any form with the same stem) or a concept is used: what every word and rate of the other speech questions opens.</summary>
public sealed class PassagesQuestion : Question
{
    public override string Name => "passages";

    public override string Summary => "The sentences of a state's General Debate speeches that use a word (by its stem) or name a concept.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("a", "The state (code or name).", Positional: true),
        new("word", "A word (any form: sovereignty, sovereign; matched by its Porter stem)."),
        new("concept", "A concept of the dictionary (code or label), instead of a word."),
        new("limit", "How many sentences at most (default 50, at most 1000)."),
        .. SpeechFrame.Specs,
    ];

    public override string FileName(QuestionArgs args) => $"passages-{args.Text("a")}";

    public sealed record Request(State A, string? Word, string? Stem, Concept? Concept, int Limit, SpeechFrame Frame);

    /// <param name="Start">The sentence's first character in the speech's text.</param>
    public sealed record Passage(int Year, int SpeechId, string Speaker, string Entry, int Start, string Match, string Sentence);

    /// <param name="Found">Every occurrence in the years asked (the passages listed stop at the limit).</param>
    public sealed record Answer(Request Request, IReadOnlyList<Passage> Passages, int Found);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var a = args.State("a");
        var word = args.Text("word", 60);
        var conceptText = args.Text("concept", 60);
        if ((word is null) == (conceptText is null))
        {
            throw new QuestionRefusal("word", "Give 'word' or 'concept' (one of them).");
        }

        string? stem = null;
        if (word is not null)
        {
            var terms = SpeechAnalyzer.Terms(word);
            if (terms.Count != 1)
            {
                throw new QuestionRefusal("word", $"'word' must be one word that is not a stop word or a number ('{QuestionArgs.Echo(word)}' gives {terms.Count}).");
            }

            stem = terms[0];
        }

        Concept? concept = null;
        if (conceptText is not null)
        {
            concept = ConceptDictionary.Default.Find(conceptText)
                ?? throw new QuestionRefusal("concept", $"'concept' must be one of: {string.Join(", ", ConceptDictionary.Default.Concepts.Select(c => c.Code))}.");
        }

        return new Request(a, word, stem, concept, args.Int("limit", 50, 1, 1000), SpeechFrame.Read(args, record.SpeechCatalogue));
    }

    public static Answer Run(LoadedRecord record, Request request)
    {
        // The catalogue (no term vectors): a word is looked for in the texts themselves.
        var speeches = record.SpeechCatalogue;
        var list = speeches.SpeechesOf(request.A.Code, request.Frame.MergePredecessors, request.Frame.From, request.Frame.To).ToList();

        var conceptIndex = request.Concept is { } c ? IndexOfConcept(speeches, c.Code) : -1;
        if (conceptIndex >= 0)
        {
            list = [.. list.Where(s => s.Concepts[conceptIndex] > 0)];
        }

        // A word: the stored vectors count its stem in each speech (the same tokens, kept and stemmed alike), so the texts
        // without it are not read, and once the listed sentences reach the limit the rest are counted, not tokenised.
        Dictionary<int, int>? stemCounts = null;
        if (request.Stem is { } stem)
        {
            stemCounts = record.Read(d => SpeechStore.TermOf(d, stem) is { } term
                ? SpeechStore.Vectors(d, list.Select(s => s.Id)).ToDictionary(v => v.Key, v => CountOf(v.Value, term))
                : []);
            list = [.. list.Where(s => stemCounts.GetValueOrDefault(s.Id) > 0)];
        }

        var passages = new List<Passage>();
        var found = 0;
        var matcher = request.Concept is null ? null : new ConceptMatcher(ConceptDictionary.Default);
        var toRead = stemCounts is null ? list : [.. TakeUntilLimit(list, stemCounts, request.Limit)];
        var texts = record.Read(d => SpeechStore.Texts(d, toRead.Select(s => s.Id)));
        foreach (var s in list)
        {
            if (stemCounts is not null && passages.Count >= request.Limit)
            {
                found += stemCounts[s.Id];
                continue;
            }

            var text = texts.TryGetValue(s.Id, out var read) ? read : record.Read(d => SpeechStore.Texts(d, [s.Id]))[s.Id];
            var hits = new List<(int Start, int End)>();
            if (matcher is not null)
            {
                var only = matcher.Dictionary.Concepts.Select((x, i) => (x, i)).First(x => x.x.Code == request.Concept!.Code).i;
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
                var (from, to) = Sentence(text, start, end);
                if (from == lastSentence || passages.Count >= request.Limit)
                {
                    continue;
                }

                lastSentence = from;
                passages.Add(new Passage(s.Year, s.Id, s.State, s.Entry, from, text[start..end], Collapse(text[from..to])));
            }
        }

        return new Answer(request, passages, found);
    }

    /// <summary>The occurrences of <paramref name="term"/> in a stored vector (terms ascending).</summary>
    private static int CountOf((int[] Terms, int[] Counts) vector, int term)
    {
        var k = Array.BinarySearch(vector.Terms, term);
        return k >= 0 ? vector.Counts[k] : 0;
    }

    /// <summary>The speeches whose texts will be tokenised: at most as many as it takes for their occurrences to reach
    /// the limit (each listed sentence has one at least), so the texts past it are not read at all; a speech
    /// beyond these, needed when several occurrences share a sentence, is read alone.</summary>
    private static IEnumerable<SpeechEntry> TakeUntilLimit(IEnumerable<SpeechEntry> list, Dictionary<int, int> counts, int limit)
    {
        var occurrences = 0;
        foreach (var s in list)
        {
            if (occurrences >= limit)
            {
                yield break;
            }

            occurrences += counts[s.Id];
            yield return s;
        }
    }

    private static int IndexOfConcept(SpeechRecord speeches, string code)
    {
        for (var i = 0; i < speeches.Index.Concepts.Count; i++)
        {
            if (speeches.Index.Concepts[i] == code)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The sentence around a match: from after the last sentence end (. ! ? or a blank line) before it to the
    /// next one after it, at most 600 characters either side.</summary>
    internal static (int From, int To) Sentence(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && start - from < 600 && !EndsSentence(text, from - 1))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && to - end < 600 && !EndsSentence(text, to))
        {
            to++;
        }

        return (from, Math.Min(text.Length, to + 1));
    }

    private static bool EndsSentence(string text, int i) =>
        (text[i] is '.' or '!' or '?' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))) || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] is '\n' or '\r');

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var what = r.Concept is { } c ? $"the concept {c.Label}" : $"'{r.Word}'";
        var table = new ResultTable($"Where {r.A.Name} says {what} in the General Debate", "year", "speech", "speaker", "entry", "start", "match", "sentence");
        table.Fact("a", r.A.Code);
        table.Fact("a_name", r.A.Name);
        table.Fact("word", r.Word);
        table.Fact("stem", r.Stem);
        table.Fact("concept", r.Concept?.Code);
        r.Frame.Describe(table);
        table.Fact("found", answer.Found);
        table.Fact("listed", answer.Passages.Count);
        foreach (var p in answer.Passages)
        {
            table.Add(p.Year, p.SpeechId, p.Speaker, p.Entry, p.Start, p.Match, p.Sentence);
        }

        table.Notes.Add("found counts every occurrence; a sentence with several is listed once. entry: the speech's file in the corpus archive; start: the sentence's offset in that text.");
        return table;
    }
}
