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
    private readonly ILookup<int, SpeechEntry> _byYear = index.Speeches.ToLookup(s => s.Year);

    public SpeechIndex Index { get; } = index;

    public StateRegistry Registry { get; } = registry;

    public int FirstYear { get; } = index.Speeches.Count == 0 ? 0 : index.Speeches.Min(s => s.Year);

    public int LastYear { get; } = index.Speeches.Count == 0 ? 0 : index.Speeches.Max(s => s.Year);

    /// <summary>The year's tf-idf vectors (every speech of the year is in the collection).</summary>
    public TfIdfYear Year(int year) => !Index.HasVectors
        ? throw new InvalidOperationException("This speech record is a catalogue without term vectors.")
        : _years.GetOrAdd(year, y => Index.StoredYears?.Invoke(y) is { } stored
            ? TfIdfYear.FromStored(y, [.. _byYear[y].OrderBy(s => s.Id)], Index.Vocabulary.Count, stored)
            : TfIdfYear.Build(y, [.. _byYear[y].OrderBy(s => s.Id)], Index.Vocabulary.Count, Index.StoredSimilarities?.Invoke(y)));

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
