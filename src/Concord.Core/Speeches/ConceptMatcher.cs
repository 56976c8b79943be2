using System.Buffers;
using Concord.Domain;

namespace Concord.Speeches;

/// <summary>Finds a dictionary's concepts in a raw text, by the rules of <see cref="ConceptDictionary"/>.</summary>
/// <remarks>
/// The first words of all terms are found in one vectorised pass over the text (<see cref="SearchValues{T}"/> of
/// strings, ignoring case), the rest of each term checked where it stands. The tests compare this with a plain
/// regular-expression search of the raw texts.
/// </remarks>
public sealed class ConceptMatcher
{
    private readonly ConceptDictionary _dictionary;
    private readonly Term[] _terms;

    private readonly record struct Term(int Concept, string[] Words, bool Open);

    public ConceptMatcher(ConceptDictionary dictionary)
    {
        _dictionary = dictionary;
        var terms = new List<Term>();
        for (var c = 0; c < dictionary.Concepts.Count; c++)
        {
            foreach (var t in dictionary.Concepts[c].Terms)
            {
                var open = t.EndsWith('*');
                terms.Add(new Term(c, (open ? t[..^1] : t).Split(' ', StringSplitOptions.RemoveEmptyEntries), open));
            }
        }

        _terms = [.. terms];
        _firstWords = SearchValues.Create([.. _terms.Select(t => t.Words[0]).Distinct()], StringComparison.OrdinalIgnoreCase);
    }

    private readonly SearchValues<string> _firstWords;

    public ConceptDictionary Dictionary => _dictionary;

    /// <summary>One occurrence of a concept: where it starts and ends in the text.</summary>
    public readonly record struct Match(int Concept, int Start, int End);

    /// <summary>How often each concept occurs in <paramref name="text"/> (indexed as the dictionary's concepts).</summary>
    public int[] Count(string text)
    {
        var counts = new int[_dictionary.Concepts.Count];
        foreach (var m in Matches(text))
        {
            counts[m.Concept]++;
        }

        return counts;
    }

    /// <summary>Every occurrence, by concept then position; overlapping matches of one concept count once.</summary>
    public List<Match> Matches(string text, int? onlyConcept = null)
    {
        var found = new List<Match>();
        var span = text.AsSpan();
        var from = 0;
        while (from < span.Length)
        {
            // One vectorised pass finds the next place where any term's first word starts, in any case.
            var hit = span[from..].IndexOfAny(_firstWords);
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            from = at + 1;
            if (at > 0 && IsWordChar(span[at - 1]))
            {
                continue;
            }

            foreach (var term in _terms)
            {
                if ((onlyConcept is null || term.Concept == onlyConcept) && MatchAt(span, at, term) is { } end)
                {
                    found.Add(new Match(term.Concept, at, end));
                }
            }
        }

        // Leftmost first, then longest; a match inside one already kept (of the same concept) is not counted again.
        found.Sort((a, b) => a.Concept != b.Concept ? a.Concept.CompareTo(b.Concept) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var kept = new List<Match>(found.Count);
        foreach (var m in found)
        {
            if (kept.Count > 0 && kept[^1].Concept == m.Concept && m.Start < kept[^1].End)
            {
                continue;
            }

            kept.Add(m);
        }

        return kept;
    }

    private static int? MatchAt(ReadOnlySpan<char> text, int at, Term term)
    {
        var pos = at;
        for (var w = 0; w < term.Words.Length; w++)
        {
            if (w > 0)
            {
                var spaces = pos;
                while (pos < text.Length && char.IsWhiteSpace(text[pos]))
                {
                    pos++;
                }

                if (pos == spaces)
                {
                    return null;
                }
            }

            var word = term.Words[w];
            if (pos + word.Length > text.Length || !text.Slice(pos, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            pos += word.Length;
        }

        if (term.Open)
        {
            while (pos < text.Length && char.IsLetter(text[pos]))
            {
                pos++;
            }

            return pos;
        }

        return pos < text.Length && IsWordChar(text[pos]) ? null : pos;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);
}
