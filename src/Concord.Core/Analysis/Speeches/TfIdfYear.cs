using Concord.Domain;
using Concord.Speeches;

namespace Concord.Analysis.Speeches;

/// <summary>One year's General Debate as tf-idf vectors: each speech's terms weighted against that year's speeches.</summary>
/// <remarks>
/// <para>The weighting is scikit-learn's <c>TfidfVectorizer(sublinear_tf=True, smooth_idf=True, norm="l2")</c>:
/// <c>w(t, d) = (1 + ln tf(t, d)) · (ln((1 + n) / (1 + df(t))) + 1)</c>, each speech's vector scaled to length 1, with
/// n the year's speeches and df(t) how many of them use t. The collection is the year: a word every speaker used that
/// year (a pandemic, an anniversary) weighs little; one few used weighs much. Sublinear tf keeps one word repeated
/// forty times in a long speech from outweighing the rest. docs/methods.md gives the reasons.</para>
/// <para>The cosine of two speeches is the dot product of their vectors: 1 for the same mix of terms, 0 for none shared.</para>
/// <para>A speech's weights are computed when first asked for (a pair question needs two of a year's 190), and the
/// year's cosine matrix is either the one the sync stored (<see cref="Build"/>'s <c>stored</c>) or computed once.</para>
/// <para>Built from a year the sync stored (<see cref="FromStored"/>), the speeches carry no vectors: the document
/// frequencies and term totals come stored, and a speech's vector is decoded only when its weights are asked for.</para>
/// </remarks>
public sealed class TfIdfYear
{
    private readonly int[] _df;
    private readonly double[] _idfOf;
    private readonly double[]?[] _weights;
    private readonly Lazy<double[]> _matrix;
    private readonly Lazy<double[]> _sorted;
    private readonly StoredSpeechYear? _stored;
    private readonly (int[] Terms, int[] Counts)?[] _vectors;

    private static readonly double[] s_tfOf = [.. Enumerable.Range(0, 256).Select(c => c == 0 ? 0 : 1.0 + Math.Log(c))];

    private TfIdfYear(int year, SpeechEntry[] speeches, int[] df, int vocabulary, double[]? storedUpperTriangle, StoredSpeechYear? stored = null)
    {
        Year = year;
        _stored = stored;
        _vectors = new (int[] Terms, int[] Counts)?[speeches.Length];
        Speeches = speeches;
        VocabularySize = vocabulary;
        _df = df;
        var n = speeches.Length;
        // idf depends on df alone within a year: computed once per value.
        _idfOf = new double[n + 1];
        for (var d = 0; d <= n; d++)
        {
            _idfOf[d] = Math.Log((1.0 + n) / (1.0 + d)) + 1.0;
        }

        _weights = new double[n][];
        _matrix = storedUpperTriangle is null ? new(AllPairs) : new(() => FromUpperTriangle(storedUpperTriangle, n));
        _sorted = new(() =>
        {
            var m = Matrix;
            var pairs = new double[n * (n - 1) / 2];
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    pairs[k++] = m[(i * n) + j];
                }
            }

            Array.Sort(pairs);
            return pairs;
        });
    }

    public int Year { get; }

    /// <summary>The year's speeches, in id order.</summary>
    public IReadOnlyList<SpeechEntry> Speeches { get; }

    public int VocabularySize { get; }

    public static TfIdfYear Build(int year, IEnumerable<SpeechEntry> speeches, int vocabularySize)
    {
        var list = speeches.Where(s => s.Year == year).OrderBy(s => s.Id).ToArray();
        return Build(year, list, vocabularySize);
    }

    /// <summary>The vectors of <paramref name="list"/>, the speeches of one year in id order.</summary>
    /// <param name="stored">The year's cosines for pairs i &lt; j, row by row, as the sync stored them; null to compute.</param>
    public static TfIdfYear Build(int year, SpeechEntry[] list, int vocabularySize, double[]? stored = null)
    {
        var df = new int[vocabularySize];
        foreach (var s in list)
        {
            foreach (var t in s.Terms)
            {
                df[t]++;
            }
        }

        if (stored is not null && stored.Length != list.Length * (list.Length - 1) / 2)
        {
            stored = null;
        }

        return new TfIdfYear(year, list, df, vocabularySize, stored);
    }

    /// <summary>A year the sync stored: <paramref name="list"/> (the year's speeches in id order, without vectors) with
    /// the stored cosines, document frequencies and term totals; vectors decoded when first asked for.</summary>
    public static TfIdfYear FromStored(int year, SpeechEntry[] list, int vocabularySize, StoredSpeechYear stored)
    {
        if (stored.Empty.Length != list.Length || stored.Similarities.Length != list.Length * (list.Length - 1) / 2)
        {
            throw new InvalidDataException($"The stored speeches of {year} do not match the catalogue's {list.Length}.");
        }

        var df = new int[vocabularySize];
        for (var k = 0; k < stored.Terms.Length; k++)
        {
            df[stored.Terms[k]] = stored.DocumentFrequencies[k];
        }

        return new TfIdfYear(year, list, df, vocabularySize, stored.Similarities, stored);
    }

    /// <summary>A year the sync stored, read for its cosines alone (<see cref="Similarity"/>, <see cref="Percentile"/>,
    /// <see cref="MedianPair"/>): no document frequency is known, so no weight can be asked for.</summary>
    public static TfIdfYear CosinesFromStored(int year, SpeechEntry[] list, StoredSpeechYear stored)
    {
        if (stored.Empty.Length != list.Length || stored.Similarities.Length != list.Length * (list.Length - 1) / 2)
        {
            throw new InvalidDataException($"The stored speeches of {year} do not match the catalogue's {list.Length}.");
        }

        return new TfIdfYear(year, list, [], 0, stored.Similarities, stored) { _cosinesOnly = true };
    }

    /// <summary>A year of which only some speeches were read alone (<see cref="StoredSpeechRow"/>): a pair's cosine,
    /// percentile and weights come from the two speeches' rows, and nothing that needs the whole year can be asked.</summary>
    /// <param name="rowOf">The stored row of the speech at a position (id order), read when first asked for.</param>
    public static TfIdfYear FromRows(int year, SpeechEntry[] list, double medianPair, Func<int, StoredSpeechRow> rowOf) =>
        new(year, list, [], 0, null) { _rowOf = rowOf, _medianPair = medianPair };

    private bool _cosinesOnly;
    private Func<int, StoredSpeechRow>? _rowOf;
    private double _medianPair;

    /// <summary>The term ids of speech <paramref name="i"/>, ascending.</summary>
    public int[] Terms(int i) => Vector(i).Terms;

    /// <summary>The count of each of speech <paramref name="i"/>'s <see cref="Terms"/>.</summary>
    public int[] Counts(int i) => Vector(i).Counts;

    /// <summary>Adds each term's occurrences over the year's speeches into <paramref name="into"/> (indexed by term id).</summary>
    public void AddTermTotals(long[] into)
    {
        ThrowIfCosinesOnly();
        if (_rowOf is not null)
        {
            throw new InvalidOperationException($"Only some speeches of {Year} were read (SpeechRecord.PairYear): ask the whole year (SpeechRecord.Year).");
        }

        if (_stored is { } stored)
        {
            for (var k = 0; k < stored.Terms.Length; k++)
            {
                into[stored.Terms[k]] += stored.Totals[k];
            }

            return;
        }

        foreach (var s in Speeches)
        {
            for (var k = 0; k < s.Terms.Length; k++)
            {
                into[s.Terms[k]] += s.Counts[k];
            }
        }
    }

    private (int[] Terms, int[] Counts) Vector(int i)
    {
        if (_rowOf is not null)
        {
            var row = _rowOf(i);
            return (row.Terms, row.Counts);
        }

        if (_stored is null)
        {
            return (Speeches[i].Terms, Speeches[i].Counts);
        }

        // Two threads decoding the same vector write equal arrays: the race is harmless.
        return _vectors[i] ??= _stored.Vector(i);
    }

    /// <summary>A speech's unit-length weights, beside its <see cref="Terms"/>.</summary>
    public double[] Weights(int i)
    {
        ThrowIfCosinesOnly();
        if (_weights[i] is { } cached)
        {
            return cached;
        }

        var s = Vector(i);
        var rowDf = _rowOf?.Invoke(i).DocumentFrequencies;
        var w = new double[s.Terms.Length];
        var norm = 0.0;
        for (var k = 0; k < w.Length; k++)
        {
            var c = s.Counts[k];
            w[k] = (c < s_tfOf.Length ? s_tfOf[c] : 1.0 + Math.Log(c)) * _idfOf[rowDf is null ? _df[s.Terms[k]] : rowDf[k]];
            norm += w[k] * w[k];
        }

        norm = Math.Sqrt(norm);
        if (norm > 0)
        {
            for (var k = 0; k < w.Length; k++)
            {
                w[k] /= norm;
            }
        }

        // Two threads computing the same weights write equal arrays: the race is harmless.
        _weights[i] = w;
        return w;
    }

    private void ThrowIfCosinesOnly()
    {
        if (_cosinesOnly)
        {
            throw new InvalidOperationException($"The year {Year} was read for its cosines alone (SpeechRecord.YearCosines).");
        }
    }

    /// <summary>Every pair's cosine as an n × n matrix (stored by the sync, or <see cref="AllPairs"/>), computed once.</summary>
    public double[] Matrix => _rowOf is null ? _matrix.Value : throw new InvalidOperationException($"Only some speeches of {Year} were read.");

    /// <summary>The cosines of every pair of different speakers, ascending.</summary>
    public double[] SortedPairs => _sorted.Value;

    /// <summary>The cosine of speeches <paramref name="i"/> and <paramref name="j"/>: the stored upper triangle read in
    /// place when the year was stored (no n × n matrix built), else <see cref="Matrix"/>.</summary>
    public double Similarity(int i, int j)
    {
        if (_rowOf is not null)
        {
            return _rowOf(i).Similarities[j];
        }

        if (_stored is null)
        {
            return Matrix[(i * Speeches.Count) + j];
        }

        if (i == j)
        {
            return _stored.Empty[i] ? 0 : 1;
        }

        var (lo, hi) = i < j ? (i, j) : (j, i);
        var n = Speeches.Count;
        return _stored.Similarities[(lo * n) - (lo * (lo + 1) / 2) + (hi - lo - 1)];
    }

    /// <summary>The share of the year's pairs less alike than <paramref name="similarity"/>, in [0, 1].</summary>
    /// <remarks>For a stored year, one pass counting the pairs below (the same count as the search in the sorted pairs,
    /// without sorting them).</remarks>
    public double Percentile(double similarity)
    {
        if (_rowOf is not null)
        {
            throw new InvalidOperationException($"Only some speeches of {Year} were read: ask PairPercentile.");
        }

        if (_stored is { } stored)
        {
            var upper = stored.Similarities;
            if (upper.Length == 0)
            {
                return double.NaN;
            }

            var below = 0;
            foreach (var x in upper)
            {
                if (x < similarity)
                {
                    below++;
                }
            }

            return (double)below / upper.Length;
        }

        var pairs = SortedPairs;
        if (pairs.Length == 0)
        {
            return double.NaN;
        }

        // The first index whose value is not below the similarity: the count of pairs below it.
        int lo = 0, hi = pairs.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (pairs[mid] < similarity)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (double)lo / pairs.Length;
    }

    /// <summary>The share of the year's pairs less alike than speeches <paramref name="i"/> and <paramref name="j"/>, in [0, 1]:
    /// <see cref="Percentile"/> of their cosine, or the count the sync stored in <paramref name="i"/>'s row.</summary>
    public double PairPercentile(int i, int j)
    {
        if (_rowOf is null)
        {
            return Percentile(Similarity(i, j));
        }

        var pairs = Speeches.Count * (Speeches.Count - 1) / 2;
        return pairs == 0 ? double.NaN : (double)_rowOf(i).PairsBelow[j] / pairs;
    }

    /// <summary>The median cosine of the year's pairs of different speakers.</summary>
    public double MedianPair
    {
        get
        {
            if (_rowOf is not null)
            {
                return _medianPair;
            }

            if (_stored is { } stored)
            {
                return stored.MedianPair;
            }

            var p = SortedPairs;
            return p.Length == 0 ? double.NaN : p.Length % 2 == 1 ? p[p.Length / 2] : (p[(p.Length / 2) - 1] + p[p.Length / 2]) / 2;
        }
    }

    /// <summary>The position of a speaker's speech in <see cref="Speeches"/>, or -1.</summary>
    public int IndexOf(string state)
    {
        for (var i = 0; i < Speeches.Count; i++)
        {
            if (Speeches[i].State == state)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The cosine of two speeches of the year (a merge of their sorted terms).</summary>
    public double Cosine(int a, int b) => SparseDot(Terms(a), Weights(a), Terms(b), Weights(b));

    /// <summary>The dot product of two sparse vectors with ascending term ids: the plain formula, the reference of the
    /// all-pairs kernel.</summary>
    public static double SparseDot(int[] termsA, double[] a, int[] termsB, double[] b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < termsA.Length && j < termsB.Length)
        {
            var c = termsA[i].CompareTo(termsB[j]);
            if (c == 0)
            {
                sum += a[i++] * b[j++];
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }

    /// <summary>The cosine of every pair of the year's speeches, as an n × n matrix (row-major; 1 on the diagonal).</summary>
    /// <remarks>Each speech is spread once into a dense row of the vocabulary's size, and every later speech's sparse
    /// vector is read against it: one gather per nonzero instead of a merge per pair.</remarks>
    public double[] AllPairs()
    {
        var n = Speeches.Count;
        var result = new double[n * n];
        var dense = new double[VocabularySize];
        for (var i = 0; i < n; i++)
        {
            var ti = Terms(i);
            var wi = Weights(i);
            for (var k = 0; k < ti.Length; k++)
            {
                dense[ti[k]] = wi[k];
            }

            result[(i * n) + i] = wi.Length == 0 ? 0 : 1;
            for (var j = i + 1; j < n; j++)
            {
                var tj = Terms(j);
                var wj = Weights(j);
                double sum = 0;
                for (var k = 0; k < tj.Length; k++)
                {
                    sum += wj[k] * dense[tj[k]];
                }

                result[(i * n) + j] = sum;
                result[(j * n) + i] = sum;
            }

            for (var k = 0; k < ti.Length; k++)
            {
                dense[ti[k]] = 0;
            }
        }

        return result;
    }

    /// <summary>The cosines of pairs i &lt; j, row by row: what the sync stores.</summary>
    public double[] UpperTriangle()
    {
        var n = Speeches.Count;
        var m = Matrix;
        var upper = new double[n * (n - 1) / 2];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                upper[k++] = m[(i * n) + j];
            }
        }

        return upper;
    }

    private double[] FromUpperTriangle(double[] upper, int n)
    {
        var m = new double[n * n];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            m[(i * n) + i] = (_stored is null ? Speeches[i].Terms.Length == 0 : _stored.Empty[i]) ? 0 : 1;
            for (var j = i + 1; j < n; j++)
            {
                m[(i * n) + j] = upper[k];
                m[(j * n) + i] = upper[k++];
            }
        }

        return m;
    }
}
