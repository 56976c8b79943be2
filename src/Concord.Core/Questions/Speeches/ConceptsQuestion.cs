using Concord.Analysis.Speeches;
using Concord.Domain;
using Concord.Speeches;
using Concord.States;

namespace Concord.Questions.Speeches;

/// <summary><c>concepts A[,B…]</c>: how often states name the curated concepts in the General Debate, per 10,000 words,
/// year by year.</summary>
public sealed class ConceptsQuestion : Question
{
    public override string Name => "concepts";

    public override string Summary => "How often states name curated concepts (sovereignty, hegemony, multipolarity…) in the General Debate, per 10,000 words, by year.";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new("states", "One to ten states, comma-separated (codes or names).", Positional: true),
        new("concept", "One concept (code or label; the list: docs/methods.md or Reference/speech_concepts.csv); default: all."),
        .. SpeechFrame.Specs,
    ];

    public override string FileName(QuestionArgs args) => $"concepts-{args.Text("states")?.Replace(',', '-')}";

    public sealed record Request(IReadOnlyList<string> States, Concept? Concept, SpeechFrame Frame);

    /// <param name="Speaker">The code the speech is filed under in the record (SUN for Russia before 1992).</param>
    public sealed record Row(string State, int Year, string Concept, int Count, int Words, double Per10K, string Speaker, int SpeechId);

    public sealed record Answer(Request Request, IReadOnlyList<Row> Rows);

    public override ResultTable Ask(LoadedRecord record, QuestionArgs args) => ToTable(Run(record.SpeechCatalogue, Read(record, args)));

    public static Request Read(LoadedRecord record, QuestionArgs args)
    {
        var states = args.States("states", 10);
        if (states.Count == 0)
        {
            throw new QuestionRefusal("states", "'states' is required: one to ten state codes or names, comma-separated.");
        }

        Concept? concept = null;
        if (args.Text("concept", 60) is { } text)
        {
            concept = ConceptDictionary.Default.Find(text)
                ?? throw new QuestionRefusal("concept", $"'concept' must be one of: {string.Join(", ", ConceptDictionary.Default.Concepts.Select(c => c.Code))}.");
        }

        return new Request(states, concept, SpeechFrame.Read(args, record.SpeechCatalogue));
    }

    public static Answer Run(SpeechRecord speeches, Request request)
    {
        var concepts = speeches.Index.Concepts;
        var rows = new List<Row>();
        foreach (var state in request.States)
        {
            foreach (var s in speeches.SpeechesOf(state, request.Frame.MergePredecessors, request.Frame.From, request.Frame.To))
            {
                for (var c = 0; c < concepts.Count; c++)
                {
                    if (request.Concept is { } only && only.Code != concepts[c])
                    {
                        continue;
                    }

                    rows.Add(new Row(state, s.Year, concepts[c], s.Concepts[c], s.Words, s.Words == 0 ? 0 : 10_000.0 * s.Concepts[c] / s.Words, s.State, s.Id));
                }
            }
        }

        return new Answer(request, rows);
    }

    public static ResultTable ToTable(Answer answer)
    {
        var r = answer.Request;
        var registry = StateRegistry.Default;
        var names = string.Join(", ", r.States.Select(s => registry[s].Name));
        var table = new ResultTable($"Concepts in the General Debate speeches of {names}", "state", "year", "concept", "count", "words", "per_10k", "speaker", "speech");
        table.Fact("states", r.States.ToList());
        table.Fact("concept", r.Concept?.Code);
        table.Fact("terms", r.Concept is { } c1 ? string.Join(" | ", c1.Terms) : null);
        table.Fact("citation", r.Concept?.Citation);
        r.Frame.Describe(table);
        foreach (var x in answer.Rows)
        {
            table.Add(x.State, x.Year, x.Concept, x.Count, x.Words, x.Per10K, x.Speaker, x.SpeechId);
        }

        table.Notes.Add("count: occurrences of the concept's terms in the raw text (case-insensitive, whole words; docs/methods.md); words: the speech's word tokens; per_10k = 10,000 x count / words.");
        table.Notes.Add("The passages: concord passages STATE --concept CONCEPT --from YEAR --to YEAR.");
        return table;
    }
}
