using System.Globalization;

namespace Concord.Forums;

/// <summary>The start years an exercise dataset's rows span in the record, and whose exercises it lists.</summary>
/// <remarks>
/// Computed from the rows on record (duplicates included), so a dataset missing from the data folder covers nothing.
/// Within its years a dataset lists exercises of any pair of states, except the Russia list, which lists only Russia's.
/// <see cref="Describe"/> is the one wording of it, shared by <c>concord events</c> and <c>/api/events</c>.
/// </remarks>
public sealed record ExerciseCoverage(ExerciseDataset Dataset, int FirstYear, int LastYear, int Rows)
{
    /// <summary>One entry per dataset with rows in <paramref name="events"/>, in the order the datasets are read.</summary>
    public static IReadOnlyList<ExerciseCoverage> Of(IEnumerable<BilateralEvent> events)
    {
        var byLabel = new Dictionary<string, (int First, int Last, int Rows)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!e.Origin.IsDataset)
            {
                continue;
            }

            var y = e.Start.Year;
            byLabel[e.Origin.Label] = byLabel.TryGetValue(e.Origin.Label, out var c) ? (Math.Min(c.First, y), Math.Max(c.Last, y), c.Rows + 1) : (y, y, 1);
        }

        return [.. ExerciseDataset.All.Where(d => byLabel.ContainsKey(d.Label)).Select(d => new ExerciseCoverage(d, byLabel[d.Label].First, byLabel[d.Label].Last, byLabel[d.Label].Rows))];
    }

    /// <summary>
    /// Which datasets cover the exercises of <paramref name="states"/> (all of them taking part; none = every exercise),
    /// in which years, and which years have curated exercises only.
    /// </summary>
    /// <example>"Exercise datasets for USA, GBR: MME v7 covers 1980–2010, JME v3 1974–2010; the Russia list covers
    /// 2009–2018 but only exercises in which RUS took part. Outside 1974–2010, only curated rows and the Russia list's exercises
    /// with RUS are on record."</example>
    public static string Describe(IReadOnlyList<ExerciseCoverage> coverage, IReadOnlyList<string> states)
    {
        var forWhom = states.Count == 0 ? "" : " for " + string.Join(", ", states);
        if (coverage.Count == 0)
        {
            return $"Exercise datasets{forWhom}: none is in this database, so the exercises on record are curated rows only.";
        }

        var full = coverage.Where(c => c.Dataset.CoversAllExercisesOf(states)).ToList();
        var partial = coverage.Where(c => !c.Dataset.CoversAllExercisesOf(states)).ToList();
        var text = $"Exercise datasets{forWhom}: ";
        if (full.Count > 0)
        {
            text += string.Join(", ", full.Select((c, i) => $"{c.Dataset.Name}{(i == 0 ? " covers" : "")} {Years(c.FirstYear, c.LastYear)}"));
        }

        if (partial.Count > 0)
        {
            text += (full.Count > 0 ? "; " : "") + string.Join("; ", partial.Select(c =>
                $"{c.Dataset.Name} covers {Years(c.FirstYear, c.LastYear)} but only exercises in which {c.Dataset.OnlyWith} took part"));
        }

        var besides = string.Concat(partial.Select(c => $" and {c.Dataset.Name}'s exercises with {c.Dataset.OnlyWith}"));
        return full.Count == 0
            ? text + ". Other exercises on record are curated rows only."
            : text + $". Outside {string.Join(" and ", Union(full).Select(r => Years(r.First, r.Last)))}, only curated rows{besides} are on record.";
    }

    private static string Years(int first, int last) =>
        first == last ? first.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{first}–{last}");

    /// <summary>The years covered, as disjoint ranges in order (adjacent ranges joined).</summary>
    private static List<(int First, int Last)> Union(IEnumerable<ExerciseCoverage> coverage)
    {
        var ranges = new List<(int First, int Last)>();
        foreach (var c in coverage.OrderBy(c => c.FirstYear))
        {
            if (ranges.Count > 0 && c.FirstYear <= ranges[^1].Last + 1)
            {
                ranges[^1] = (ranges[^1].First, Math.Max(ranges[^1].Last, c.LastYear));
            }
            else
            {
                ranges.Add((c.FirstYear, c.LastYear));
            }
        }

        return ranges;
    }
}
