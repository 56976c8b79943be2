using Concord.States;
using nietras.SeparatedValues;

namespace Concord.Domain;

/// <summary>The curated concepts counted in the speeches (Reference/speech_concepts.csv): each a list of words and
/// phrases, with the note, source and citation that justify it.</summary>
/// <remarks>
/// A term is lower case; a space stands for any run of white space (a line break inside a phrase still counts); a
/// trailing <c>*</c> lets any letters follow (<c>hegemon*</c> is hegemony, hegemonic, hegemonism). Terms are matched
/// in the raw text, case-insensitively, at word boundaries (no letter or number just before, nor just after a term
/// without <c>*</c>). Where two terms of one concept overlap, the match that starts first (then the longer) counts once.
/// </remarks>
public sealed class ConceptDictionary
{
    private ConceptDictionary(IReadOnlyList<Concept> concepts) => Concepts = concepts;

    public IReadOnlyList<Concept> Concepts { get; }

    public static ConceptDictionary Default { get; } = Parse(StateRegistry.ReadResource("speech_concepts.csv"));

    public Concept? Find(string code) => Concepts.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)
        || string.Equals(c.Label, code, StringComparison.OrdinalIgnoreCase));

    public static ConceptDictionary Parse(string csv)
    {
        var concepts = new List<Concept>();
        using var r = Sep.Reader(o => o with { Unescape = true }).FromText(csv);
        foreach (var row in r)
        {
            var terms = row["terms"].ToString().Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var t in terms)
            {
                if (t != t.ToLowerInvariant() || t.IndexOf('*') is >= 0 and var i && i != t.Length - 1 || t.StartsWith(' '))
                {
                    throw new FormatException($"speech_concepts.csv, concept '{row["concept"]}': the term '{t}' must be lower case, with '*' only at its end.");
                }
            }

            concepts.Add(new Concept(row["concept"].ToString(), row["label"].ToString(), terms, row["note"].ToString(), row["source"].ToString(), row["citation"].ToString()));
        }

        return new ConceptDictionary(concepts);
    }
}

/// <summary>One concept: its code (<c>non_interference</c>), label, terms, and why and from where it is tracked.</summary>
public sealed record Concept(string Code, string Label, IReadOnlyList<string> Terms, string Note, string Source, string Citation);
