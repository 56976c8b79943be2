using System.Runtime.InteropServices;
using Concord.Domain;

namespace Concord.Speeches;

/// <summary>Builds a <see cref="SpeechIndex"/> from the speeches' texts: tokenise, drop, stem, count; and count the
/// concepts in the raw texts.</summary>
/// <remarks>
/// Speeches are spread over the cores; each worker keeps its own table of the surface forms it met (no lock in the hot
/// loop), and the forms are stemmed once each when the workers are done, not once per occurrence.
/// </remarks>
public static class SpeechIndexer
{
    public static SpeechIndex Build(IReadOnlyList<SpeechText> texts, ConceptDictionary? dictionary = null, int? parallelism = null)
    {
        dictionary ??= ConceptDictionary.Default;
        var matcher = new ConceptMatcher(dictionary);
        // Corpus order: year, then the filed code, so that ids do not depend on the archive's entry order.
        var ordered = texts.OrderBy(t => t.Year).ThenBy(t => t.Filed, StringComparer.Ordinal).ToArray();
        var workers = Math.Max(1, parallelism ?? Environment.ProcessorCount);
        var forms = new Worker[workers];
        var perSpeech = new (int Worker, int[] Forms, int[] Counts, int Words, int[] Concepts)[ordered.Length];
        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var worker = forms[w] = new Worker();
            // Counts by form id in a dense array; the forms touched are listed, so a reset costs what was used.
            var counts = new int[1 << 16];
            var touched = new List<int>(4096);
            int i;
            while ((i = Interlocked.Increment(ref next)) < ordered.Length)
            {
                touched.Clear();
                var words = SpeechAnalyzer.Tokens(ordered[i].Text, (token, kept, _, _) =>
                {
                    if (kept)
                    {
                        var form = worker.FormOf(token);
                        if (form >= counts.Length)
                        {
                            Array.Resize(ref counts, counts.Length * 2);
                        }

                        if (counts[form]++ == 0)
                        {
                            touched.Add(form);
                        }
                    }
                });
                var ids = new int[touched.Count];
                var cs = new int[touched.Count];
                for (var k = 0; k < ids.Length; k++)
                {
                    var f = touched[k];
                    ids[k] = f;
                    cs[k] = counts[f];
                    worker.Totals[f] += counts[f];
                    counts[f] = 0;
                }

                perSpeech[i] = (w, ids, cs, words, matcher.Count(ordered[i].Text));
            }
        });

        // Stem every form once, number the stems in ordinal order, and pick each stem's most frequent form.
        var stemOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var formTotals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var worker in forms)
        {
            for (var f = 0; f < worker.Forms.Count; f++)
            {
                var form = worker.Forms[f];
                if (!stemOf.ContainsKey(form))
                {
                    stemOf[form] = SpeechAnalyzer.Stem(form);
                }

                CollectionsMarshal.GetValueRefOrAddDefault(formTotals, form, out _) += worker.Totals[f];
            }
        }

        var stems = stemOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var termOf = new Dictionary<string, int>(stems.Length, StringComparer.Ordinal);
        for (var t = 0; t < stems.Length; t++)
        {
            termOf[stems[t]] = t;
        }

        var totals = new long[stems.Length];
        var words = new string[stems.Length];
        var best = new long[stems.Length];
        foreach (var (form, total) in formTotals)
        {
            var t = termOf[stemOf[form]];
            totals[t] += total;
            if (total > best[t] || (total == best[t] && string.CompareOrdinal(form, words[t]) < 0))
            {
                best[t] = total;
                words[t] = form;
            }
        }

        var maps = forms.Select(worker => worker.Forms.Select(f => termOf[stemOf[f]]).ToArray()).ToArray();
        var entries = new SpeechEntry[ordered.Length];
        Parallel.For(0, ordered.Length, new ParallelOptions { MaxDegreeOfParallelism = workers }, i =>
        {
            var (w, ids, cs, wordCount, concepts) = perSpeech[i];
            var map = maps[w];
            // Several forms can share a stem (peace, peaceful?): sort by term, then add up neighbours.
            var terms = new int[ids.Length];
            for (var k = 0; k < ids.Length; k++)
            {
                terms[k] = map[ids[k]];
            }

            var counts = (int[])cs.Clone();
            Array.Sort(terms, counts);
            var n = 0;
            for (var k = 0; k < terms.Length; k++)
            {
                if (n > 0 && terms[n - 1] == terms[k])
                {
                    counts[n - 1] += counts[k];
                }
                else
                {
                    terms[n] = terms[k];
                    counts[n++] = counts[k];
                }
            }

            var t = ordered[i];
            entries[i] = new SpeechEntry(i + 1, t.State, t.Filed, t.Session, t.Year, wordCount, t.Entry, terms[..n], counts[..n], concepts);
        });

        return new SpeechIndex(entries, new Vocabulary(stems, words, totals), [.. dictionary.Concepts.Select(c => c.Code)]);
    }

    /// <summary>One worker's surface forms (lower case, unstemmed) and their totals.</summary>
    private sealed class Worker
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public List<string> Forms { get; } = [];

        public long[] Totals { get; private set; } = new long[1024];

        public int FormOf(ReadOnlySpan<char> token)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(token, out var id))
            {
                return id;
            }

            id = Forms.Count;
            var s = token.ToString();
            Forms.Add(s);
            _ids[s] = id;
            if (id >= Totals.Length)
            {
                var bigger = new long[Totals.Length * 2];
                Totals.CopyTo(bigger, 0);
                Totals = bigger;
            }

            return id;
        }
    }
}
