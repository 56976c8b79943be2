namespace Concord.Domain;

/// <summary>The corpus as counts: every speech's stemmed terms and concept occurrences, and the vocabulary.</summary>
/// <remarks>
/// A speech's terms are sorted by term id with their counts beside them (a sparse vector); term ids number the
/// vocabulary's stems in ordinal order, so an index built twice from the same corpus is the same. This is what the
/// database stores and the questions load; the texts are kept apart (for passages) and loaded only when asked for.
/// </remarks>
public sealed class SpeechIndex(IReadOnlyList<SpeechEntry> speeches, Vocabulary vocabulary, IReadOnlyList<string> concepts)
{
    /// <summary>Changes whenever the analyzer, its lists, the counting or the speech tables' layout change: a database
    /// indexed by another version is indexed again at the next sync even when the corpus file did not change.</summary>
    public const int Version = 7;

    public IReadOnlyList<SpeechEntry> Speeches { get; } = speeches;

    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>The concept codes the speeches' <see cref="SpeechEntry.Concepts"/> are indexed by.</summary>
    public IReadOnlyList<string> Concepts { get; } = concepts;

    /// <summary>Reads a year's cosines of pairs i &lt; j (speeches in id order) as the sync stored them; null when the
    /// index was not loaded from a database (they are then computed when asked for).</summary>
    public Func<int, double[]?>? StoredSimilarities { get; init; }

    /// <summary>Reads what the sync stored for a year (<see cref="StoredSpeechYear"/>); when set, the speeches hold no
    /// term vectors and a question decodes only the vectors it asks for.</summary>
    public Func<int, StoredSpeechYear?>? StoredYears { get; init; }

    /// <summary>False for a catalogue loaded without term vectors (the concept and passage questions need none).</summary>
    public bool HasVectors { get; init; } = true;
}

/// <summary>One year of speeches as the sync stored it: what a question needs without every speech's vector.</summary>
/// <param name="Similarities">The cosines of pairs i &lt; j, row by row (speeches in id order).</param>
/// <param name="MedianPair">The median of <paramref name="Similarities"/>, computed at the sync.</param>
/// <param name="Terms">The terms used that year, ascending.</param>
/// <param name="DocumentFrequencies">How many of the year's speeches use each of <paramref name="Terms"/>.</param>
/// <param name="Totals">Each of <paramref name="Terms"/>' occurrences summed over the year's speeches.</param>
/// <param name="Empty">Per speech (id order), whether it has no term.</param>
/// <param name="Vector">Decodes one speech's vector (its position in id order): terms ascending and their counts.</param>
public sealed record StoredSpeechYear(double[] Similarities, double MedianPair, int[] Terms, int[] DocumentFrequencies, long[] Totals, bool[] Empty,
    Func<int, (int[] Terms, int[] Counts)> Vector);

/// <summary>One speech as counts.</summary>
/// <param name="Id">The speech's number in the database (1-based, in corpus order: year, then code).</param>
/// <param name="Words">Word tokens (letters, no digit), stop words included: the denominator of a rate.</param>
/// <param name="Terms">Term ids, ascending.</param>
/// <param name="Counts">The count of each term, beside <paramref name="Terms"/>.</param>
/// <param name="Concepts">Occurrences of each concept of the dictionary, in its order.</param>
public sealed record SpeechEntry(int Id, string State, string Filed, int Session, int Year, int Words, string Entry, int[] Terms, int[] Counts, int[] Concepts)
{
    /// <summary>Terms kept after stop words (the tokens the similarity counts).</summary>
    public int Kept => Counts.Sum();
}

/// <summary>The stems of the corpus, with the word each most often stands for and its total count.</summary>
public sealed class Vocabulary(string[] stems, string[] words, long[] totals)
{
    private Dictionary<string, int>? _byStem;

    public int Count => stems.Length;

    public IReadOnlyList<string> Stems => stems;

    /// <summary>The surface form each stem most often has (<c>sovereignti</c> is shown as <c>sovereignty</c>).</summary>
    public IReadOnlyList<string> Words => words;

    /// <summary>Occurrences of each stem in the whole corpus: the informative prior of the log-odds.</summary>
    public IReadOnlyList<long> Totals => totals;

    public int? IdOf(string stem)
    {
        _byStem ??= stems.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        return _byStem.TryGetValue(stem, out var id) ? id : null;
    }
}
