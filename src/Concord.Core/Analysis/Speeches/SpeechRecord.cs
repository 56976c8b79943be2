using System.Collections.Concurrent;
using Concord.Domain;
using Concord.Speeches;
using Concord.States;

namespace Concord.Analysis.Speeches;

/// <summary>The speeches as the questions read them: the index, each year's tf-idf vectors (built when first asked for,
/// then shared), and the speakers of each year as the votes name them.</summary>
/// <remarks>
/// Like the vote matrices, a continued seat can be joined to its successor (<c>mergePredecessors</c>): the USSR's
/// speeches then stand for Russia's before 1992, Yugoslavia's and Serbia and Montenegro's for Serbia's. A seat transfer
/// is never joined: the Republic of China's speeches (1946–1971) are not China's.
/// </remarks>
public sealed class SpeechRecord(SpeechIndex index, StateRegistry registry)
{
    private readonly ConcurrentDictionary<int, TfIdfYear> _years = new();
    private readonly ConcurrentDictionary<int, TfIdfYear> _cosineYears = new();
    private readonly ConcurrentDictionary<int, (int[] Terms, int[] Counts)> _vectors = new();
    private readonly ConcurrentDictionary<int, TfIdfYear> _pairYears = new();
    private readonly ConcurrentDictionary<int, StoredSpeechRow> _rows = new();
    private IReadOnlyDictionary<int, double>? _medians;
    private readonly ILookup<int, SpeechEntry> _byYear = index.Speeches.ToLookup(s => s.Year);

    public SpeechIndex Index { get; } = index;

    public StateRegistry Registry { get; } = registry;

    public int FirstYear { get; } = index.Speeches.Count == 0 ? 0 : index.Speeches.Min(s => s.Year);

    public int LastYear { get; } = index.Speeches.Count == 0 ? 0 : index.Speeches.Max(s => s.Year);

    /// <summary>The year's tf-idf vectors (every speech of the year is in the collection).</summary>
    public TfIdfYear Year(int year) => !Index.HasVectors
        ? throw new InvalidOperationException("This speech record is a catalogue without term vectors.")
        : _years.GetOrAdd(year, y => Index.StoredYears is { } read
            ? FromStored(y, read(y, y, true).GetValueOrDefault(y), cosinesOnly: false)
            : TfIdfYear.Build(y, [.. _byYear[y].OrderBy(s => s.Id)], Index.Vocabulary.Count, Index.StoredSimilarities?.Invoke(y)));

    /// <summary>The year's speeches and cosines, for a question that reads nothing else (<see cref="TfIdfYear.Similarity"/>,
    /// <see cref="TfIdfYear.Percentile"/>): from a database, the year's term totals are not read.</summary>
    public TfIdfYear YearCosines(int year) =>
        _years.TryGetValue(year, out var full) ? full
        : Index.StoredYears is { } read ? _cosineYears.GetOrAdd(year, y => FromStored(y, read(y, y, false).GetValueOrDefault(y), cosinesOnly: true))
        : Year(year);

    /// <summary>Reads the stored years from <paramref name="from"/> to <paramref name="to"/> in one go (a question about
    /// many years), with their term totals, or with <paramref name="cosinesOnly"/> for <see cref="YearCosines"/>.</summary>
    public void Preload(int from, int to, bool cosinesOnly = false)
    {
        if (Index.StoredYears is not { } read)
        {
            return;
        }

        var cache = cosinesOnly ? _cosineYears : _years;
        if (Enumerable.Range(from, Math.Max(0, to - from + 1)).All(y => cache.ContainsKey(y) || _years.ContainsKey(y) || !_byYear.Contains(y)))
        {
            return;
        }

        foreach (var (y, stored) in read(from, to, !cosinesOnly))
        {
            cache.TryAdd(y, FromStored(y, stored, cosinesOnly));
        }
    }

    /// <summary>Reads the stored vectors of the given speeches in one go, so that the years decode none of them alone.</summary>
    public void PreloadVectors(IEnumerable<int> speechIds)
    {
        if (Index.StoredVectors is not { } read)
        {
            return;
        }

        var missing = speechIds.Where(id => !_vectors.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var (id, vector) in read(missing))
        {
            _vectors.TryAdd(id, vector);
        }
    }

    /// <summary>Whether <see cref="PairYear"/> reads speeches alone (a record read from a database), rather than whole years.</summary>
    public bool ReadsSpeechesAlone => Index.StoredRows is not null && Index.StoredMedians is not null;

    /// <summary>The year as a question about one or two speakers reads it: only the speeches it asks for (their
    /// vectors, document frequencies, cosines and percentiles, <see cref="PreloadRows"/>) and the year's median; the
    /// whole <see cref="Year"/> when the record cannot read speeches alone.</summary>
    public TfIdfYear PairYear(int year)
    {
        if (!ReadsSpeechesAlone)
        {
            return Year(year);
        }

        return _pairYears.GetOrAdd(year, y =>
        {
            SpeechEntry[] list = [.. _byYear[y].OrderBy(s => s.Id)];
            _medians ??= Index.StoredMedians!();
            return TfIdfYear.FromRows(y, list, _medians.GetValueOrDefault(y, double.NaN),
                i => _rows.TryGetValue(list[i].Id, out var row) ? row : _rows.GetOrAdd(list[i].Id, id => Index.StoredRows!([id])[id]));
        });
    }

    /// <summary>Reads the given speeches alone in one go, for <see cref="PairYear"/>.</summary>
    public void PreloadRows(IEnumerable<int> speechIds)
    {
        if (Index.StoredRows is not { } read)
        {
            return;
        }

        var missing = speechIds.Where(id => !_rows.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var (id, row) in read(missing))
        {
            _rows.TryAdd(id, row);
        }
    }

    private TfIdfYear FromStored(int y, StoredSpeechYear? stored, bool cosinesOnly)
    {
        SpeechEntry[] list = [.. _byYear[y].OrderBy(s => s.Id)];
        if (stored is null)
        {
            return TfIdfYear.Build(y, list, Index.Vocabulary.Count);
        }

        // A vector read before (PreloadVectors) is not read again.
        var shared = stored with { Vector = i => _vectors.GetOrAdd(list[i].Id, _ => stored.Vector(i)) };
        return cosinesOnly ? TfIdfYear.CosinesFromStored(y, list, shared) : TfIdfYear.FromStored(y, list, Index.Vocabulary.Count, shared);
    }

    /// <summary>The code a speaker is shown under: its seat's holder today when continued seats are joined.</summary>
    public string Speaker(string state, bool mergePredecessors) => mergePredecessors ? Registry.SeatHolder(state) : state;

    /// <summary>The position of <paramref name="state"/>'s speech in the year, or -1 (a joined seat: the predecessor's).</summary>
    public int IndexOf(TfIdfYear year, string state, bool mergePredecessors)
    {
        var own = year.IndexOf(state);
        if (own >= 0 || !mergePredecessors)
        {
            return own;
        }

        foreach (var link in Registry.SeatPredecessors(state))
        {
            var i = year.IndexOf(link.Predecessor);
            if (i >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The speeches of <paramref name="state"/> (with its joined predecessors) between two years; no tf-idf
    /// is built for this (the concept questions need none).</summary>
    public IEnumerable<SpeechEntry> SpeechesOf(string state, bool mergePredecessors, int from, int to)
    {
        var codes = new List<string> { state };
        if (mergePredecessors)
        {
            codes.AddRange(Registry.SeatPredecessors(state).Select(l => l.Predecessor));
        }

        for (var y = from; y <= to; y++)
        {
            var year = _byYear[y];
            foreach (var code in codes)
            {
                var speech = year.FirstOrDefault(s => s.State == code);
                if (speech is not null)
                {
                    yield return speech;
                    break;
                }
            }
        }
    }
}
