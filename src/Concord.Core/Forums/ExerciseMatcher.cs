using Concord.Domain;
namespace Concord.Forums;

/// <summary>Adds dataset exercises to the record without counting one exercise twice.</summary>
/// <remarks>
/// Curated and user rows are authoritative. Dataset rows are taken in order (MME, then JME, then the Russia list);
/// each is compared with the exercises already kept and is marked a duplicate (kept as corroboration, not counted)
/// when it matches one:
/// <list type="number">
/// <item>both are dated to the month or day and their periods overlap, allowing 7 days either side (datasets
/// disagree by a few days on the same exercise); or</item>
/// <item>they are in the same year and the same series (Peace Mission, Joint Sea, ...; a dataset row's series comes
/// from its name in English or Russian); or</item>
/// <item>they are in the same year, at least one of them is dated only to the year, and they have the same three or
/// more participants.</item>
/// </list>
/// Rule 1 also needs the names to agree (<see cref="NamesAgree"/>): two named exercises of the same states in the same
/// weeks are often two exercises.
/// A row is compared with a kept exercise at all only when the kept exercise lists every state of the row (so that
/// whichever pair or group of the row's states a count is asked for, the kept exercise is found there too and the
/// exercise is counted once, not dropped), when the row lists more than half of the kept exercise's states (a bilateral
/// drill in the weeks of a 24-state exercise is usually a drill of its own), and when the two come from different
/// sources or from a dataset that repeats rows (<see cref="ExerciseDataset.RepeatsRows"/>, the JME worksheet): MME and
/// the Russia list are lists of distinct exercises, and two of their rows running the same week are two exercises.
/// Rules 2 and 3 pair rows one to one per dataset: the Russia list's two "Joint Sea 2015" rows match the two curated
/// phases of that year, not one of them twice. When several kept exercises match, the first kept wins.
/// </remarks>
public static class ExerciseMatcher
{
    private const int ToleranceDays = 7;

    public static List<BilateralEvent> Merge(IReadOnlyList<BilateralEvent> authoritative, IReadOnlyList<BilateralEvent> datasetRows)
    {
        var all = new List<BilateralEvent>(authoritative.Count + datasetRows.Count);
        all.AddRange(authoritative);
        var kept = new KeptExercises();
        foreach (var e in authoritative.Where(e => e.Kind == EventKind.Exercise))
        {
            kept.Add(e);
        }

        var paired = new HashSet<(string Kept, string Dataset)>();
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in datasetRows)
        {
            // The remarks' conditions for comparing at all; the cheap counts first, since most kept exercises fail them.
            var withItself = ExerciseDataset.Find(row.Origin.Label) is { RepeatsRows: true };
            bool Comparable(BilateralEvent k) =>
                k.Participants.Count >= row.Participants.Count && 2 * row.Participants.Count > k.Participants.Count
                && (withItself || !string.Equals(k.Origin.Label, row.Origin.Label, StringComparison.Ordinal)) && Includes(k.Participants, row.Participants);

            var match = (Dated(row) ? kept.FirstOverlapping(row.FirstDay, row.LastDay, k => Comparable(k) && NamesAgree(k, row, words)) : null)
                ?? (row.Series is null ? null : kept.FirstInYear(row.Start.Year, k => SameSeries(k, row) && Comparable(k) && !paired.Contains((k.Id, row.Origin.Label))))
                ?? kept.FirstInYear(row.Start.Year, k => SameParticipants(k, row) && Comparable(k) && !paired.Contains((k.Id, row.Origin.Label)), yearOnly: Dated(row));
            if (match is null)
            {
                kept.Add(row);
                all.Add(row);
                continue;
            }

            if (!Overlap(match, row))
            {
                paired.Add((match.Id, row.Origin.Label));
            }

            all.Add(row with { DuplicateOf = match.Id });
        }

        return all;
    }

    /// <summary>Whether the sorted list <paramref name="all"/> holds every code of the sorted list <paramref name="some"/>.</summary>
    private static bool Includes(IReadOnlyList<string> all, IReadOnlyList<string> some)
    {
        if (some.Count > all.Count)
        {
            return false;
        }

        var i = 0;
        foreach (var s in some)
        {
            while (i < all.Count && string.CompareOrdinal(all[i], s) < 0)
            {
                i++;
            }

            if (i == all.Count || !string.Equals(all[i], s, StringComparison.Ordinal))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    /// <summary>
    /// False when both rows are named and the names have nothing in common: two exercises of the same states in the same
    /// weeks are often two exercises (Gold Eagle and RIMPAC). An unnamed row, one series (Мирная миссия, Peace Mission), a
    /// shared word of three letters or more, or one name inside the other once spaces and signs are dropped
    /// (Tradewinds, Trade Winds) agree.
    /// </summary>
    /// <param name="seen">The words of each name met so far: a name is split once, not once per comparison.</param>
    private static bool NamesAgree(BilateralEvent a, BilateralEvent b, Dictionary<string, HashSet<string>> seen)
    {
        var (wa, wb) = (Words(a.Name, seen), Words(b.Name, seen));
        if (wa.Count == 0 || wb.Count == 0 || SameSeries(a, b) || wa.Overlaps(wb))
        {
            return true;
        }

        var (la, lb) = (Letters(a.Name), Letters(b.Name));
        return la.Contains(lb, StringComparison.Ordinal) || lb.Contains(la, StringComparison.Ordinal);
    }

    /// <summary>The words of a name that can tell exercises apart: runs of letters, three or more, not generic ("exercise", "unnamed").</summary>
    private static HashSet<string> Words(string name, Dictionary<string, HashSet<string>> seen)
    {
        if (seen.TryGetValue(name, out var known))
        {
            return known;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < lower.Length;)
        {
            var start = i;
            while (i < lower.Length && char.IsLetter(lower[i]))
            {
                i++;
            }

            if (i - start >= 3 && !s_genericWords.Contains(lower[start..i]))
            {
                words.Add(lower[start..i]);
            }

            i = Math.Max(i, start + 1);
        }

        seen[name] = words;
        return words;
    }

    private static string Letters(string name) => string.Concat(name.ToLowerInvariant().Where(char.IsLetter));

    private static readonly HashSet<string> s_genericWords = new(["unnamed", "exercise", "exercises", "the", "and", "учения"], StringComparer.Ordinal);

    private static bool Dated(BilateralEvent e) => e.Start.Precision != DatePrecision.Year;

    private static bool Overlap(BilateralEvent a, BilateralEvent b) =>
        Dated(a) && Dated(b) && a.FirstDay <= b.LastDay.AddDays(ToleranceDays) && b.FirstDay <= a.LastDay.AddDays(ToleranceDays);

    private static bool SameSeries(BilateralEvent a, BilateralEvent b) =>
        a.Series is not null && string.Equals(a.Series, b.Series, StringComparison.OrdinalIgnoreCase);

    private static bool SameParticipants(BilateralEvent a, BilateralEvent b) =>
        a.Participants.Count >= 3 && a.Participants.SequenceEqual(b.Participants, StringComparer.Ordinal);

    /// <summary>The exercises kept so far, in the order kept, indexed by year.</summary>
    /// <remarks>Thousands of dataset rows each compared with every kept exercise would cost seconds of the sync; a row can
    /// only match an exercise of its own year (rules 2 and 3) or one whose period, widened by the tolerance, meets its own
    /// (rule 1): a dated exercise is also filed under every year its widened period touches.</remarks>
    private sealed class KeptExercises
    {
        private readonly Dictionary<int, List<(int Order, BilateralEvent Event)>> _byStartYear = [];
        private readonly Dictionary<int, List<(int Order, BilateralEvent Event)>> _yearOnlyByYear = [];
        private readonly Dictionary<int, List<(int Order, DateOnly First, DateOnly Last, BilateralEvent Event)>> _datedByYear = [];
        private int _count;

        public void Add(BilateralEvent e)
        {
            var order = _count++;
            File(_byStartYear, e.Start.Year, (order, e));
            if (!Dated(e))
            {
                File(_yearOnlyByYear, e.Start.Year, (order, e));
            }
            else
            {
                var (first, last) = (e.FirstDay.AddDays(-ToleranceDays), e.LastDay.AddDays(ToleranceDays));
                for (var y = first.Year; y <= last.Year; y++)
                {
                    File(_datedByYear, y, (order, first, last, e));
                }
            }
        }

        /// <summary>The first kept exercise (in the order kept) that starts in <paramref name="year"/>, is dated only to the year when
        /// <paramref name="yearOnly"/> (rule 3 for a dated row), and passes <paramref name="test"/>.</summary>
        public BilateralEvent? FirstInYear(int year, Func<BilateralEvent, bool> test, bool yearOnly = false)
        {
            if (!(yearOnly ? _yearOnlyByYear : _byStartYear).TryGetValue(year, out var list))
            {
                return null;
            }

            foreach (var (_, e) in list)
            {
                if (test(e))
                {
                    return e;
                }
            }

            return null;
        }

        /// <summary>The first kept dated exercise (in the order kept) whose period, widened by the tolerance either side, meets <paramref name="from"/>–<paramref name="to"/> and passes <paramref name="test"/>.</summary>
        /// <remarks>That is rule 1: a.First ≤ b.Last + 7 and b.First ≤ a.Last + 7. A day both share lies in the row's own
        /// years, under which the kept exercise is filed.</remarks>
        public BilateralEvent? FirstOverlapping(DateOnly from, DateOnly to, Func<BilateralEvent, bool> test)
        {
            (int Order, BilateralEvent? Event) best = (int.MaxValue, null);
            for (var y = from.Year; y <= to.Year; y++)
            {
                if (!_datedByYear.TryGetValue(y, out var list))
                {
                    continue;
                }

                foreach (var (order, kFirst, kLast, e) in list)
                {
                    if (order >= best.Order)
                    {
                        break;
                    }

                    if (kFirst <= to && from <= kLast && test(e))
                    {
                        best = (order, e);
                        break;
                    }
                }
            }

            return best.Event;
        }

        private static void File<T>(Dictionary<int, List<T>> index, int year, T entry)
        {
            if (!index.TryGetValue(year, out var list))
            {
                list = [];
                index[year] = list;
            }

            list.Add(entry);
        }
    }
}
