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
    public const int Version = 11;

    public IReadOnlyList<SpeechEntry> Speeches { get; } = speeches;

    public Vocabulary Vocabulary { get; } = vocabulary;

    /// <summary>The concept codes the speeches' <see cref="SpeechEntry.Concepts"/> are indexed by.</summary>
    public IReadOnlyList<string> Concepts { get; } = concepts;

    /// <summary>Reads a year's cosines of pairs i &lt; j (speeches in id order) as the sync stored them; null when the
    /// index was not loaded from a database (they are then computed when asked for).</summary>
    public Func<int, double[]?>? StoredSimilarities { get; init; }

    /// <summary>Reads what the sync stored for the years from the first argument to the second (<see
    /// cref="StoredSpeechYear"/>; with the term totals when the third is true); when set, the speeches hold no term vectors
    /// and a question decodes only the vectors it asks for.</summary>
    public Func<int, int, bool, IReadOnlyDictionary<int, StoredSpeechYear>>? StoredYears { get; init; }

    /// <summary>Reads the stored vectors of the given speech ids (terms ascending, their counts), when
    /// <see cref="StoredYears"/> is set: a question that knows which speeches it needs reads them at once.</summary>
    public Func<IEnumerable<int>, IReadOnlyDictionary<int, (int[] Terms, int[] Counts)>>? StoredVectors { get; init; }

    /// <summary>Reads the given speeches alone as the sync stored them (<see cref="StoredSpeechRow"/>), when
    /// <see cref="StoredYears"/> is set.</summary>
    public Func<IEnumerable<int>, IReadOnlyDictionary<int, StoredSpeechRow>>? StoredRows { get; init; }

    /// <summary>Reads each year's median cosine of its pairs, when <see cref="StoredYears"/> is set.</summary>
    public Func<IReadOnlyDictionary<int, double>>? StoredMedians { get; init; }

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

/// <summary>One speech as the sync stored it alone: what a question about its speaker needs of its year.</summary>
/// <param name="Terms">Term ids, ascending.</param>
/// <param name="Counts">The count of each term.</param>
/// <param name="DocumentFrequencies">How many of the year's speeches use each term.</param>
/// <param name="Similarities">Its cosine with each of the year's speeches (id order; itself: 1, or 0 with no term).</param>
/// <param name="PairsBelow">For each of the year's speeches, how many of the year's pairs are less alike than the two.</param>
public sealed record StoredSpeechRow(int[] Terms, int[] Counts, int[] DocumentFrequencies, double[] Similarities, int[] PairsBelow);

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
/// <remarks>Read from a database, only its size is known at first: the whole list (50,000 stems) is read when first
/// asked for, and <see cref="Describe"/> reads the few stems a question shows without it.</remarks>
public sealed class Vocabulary
{
    private readonly Lazy<(string[] Stems, string[] Words, long[] Totals)> _all;
    private readonly Func<IReadOnlyCollection<int>, IReadOnlyDictionary<int, (string Stem, string Word)>>? _some;
    private readonly Lazy<long[]> _totals;
    private Dictionary<string, int>? _byStem;

    public Vocabulary(string[] stems, string[] words, long[] totals)
    {
        Count = stems.Length;
        _all = new(() => (stems, words, totals));
        _totals = new(() => totals);
    }

    /// <param name="count">How many stems there are (term ids 0 to count - 1).</param>
    /// <param name="all">Reads every stem, word and total.</param>
    /// <param name="some">Reads the stems and words of the given term ids.</param>
    /// <param name="totals">Reads the totals alone.</param>
    public Vocabulary(int count, Func<(string[] Stems, string[] Words, long[] Totals)> all, Func<IReadOnlyCollection<int>, IReadOnlyDictionary<int, (string Stem, string Word)>> some, Func<long[]> totals)
    {
        Count = count;
        _all = new(all);
        _some = some;
        _totals = new(() => _all.IsValueCreated ? _all.Value.Totals : totals());
    }

    public int Count { get; }

    public IReadOnlyList<string> Stems => _all.Value.Stems;

    /// <summary>The surface form each stem most often has (<c>sovereignti</c> is shown as <c>sovereignty</c>).</summary>
    public IReadOnlyList<string> Words => _all.Value.Words;

    /// <summary>Occurrences of each stem in the whole corpus: the informative prior of the log-odds.</summary>
    public IReadOnlyList<long> Totals => _totals.Value;

    /// <summary>The stem and word of each of <paramref name="termIds"/>, without reading the whole list when it was not read.</summary>
    public IReadOnlyDictionary<int, (string Stem, string Word)> Describe(IReadOnlyCollection<int> termIds)
    {
        if (_some is not null && !_all.IsValueCreated)
        {
            return _some(termIds);
        }

        var (stems, words, _) = _all.Value;
        return termIds.Distinct().ToDictionary(t => t, t => (stems[t], words[t]));
    }

    public int? IdOf(string stem)
    {
        _byStem ??= Stems.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i, StringComparer.Ordinal);
        return _byStem.TryGetValue(stem, out var id) ? id : null;
    }
}
