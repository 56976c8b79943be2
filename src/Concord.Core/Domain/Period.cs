namespace Concord.Domain;

/// <summary>A group of matrix columns computed together (a year, a session, a decade, an issue area, or everything).</summary>
public sealed record Period(string Label, int[] Columns);

public static class Periods
{
    /// <summary>The periods of <paramref name="matrix"/> under <paramref name="kind"/>, keeping the decisions the filter lets through.</summary>
    /// <remarks>Years bound the decisions by the calendar year of the vote, whatever the grouping.</remarks>
    public static IReadOnlyList<Period> Build(VoteMatrix matrix, PeriodKind kind, Func<MatrixDecision, bool> include, int? fromYear = null, int? toYear = null)
    {
        var groups = new Dictionary<string, (int Rank, List<int> Columns)>(StringComparer.Ordinal);
        for (var c = 0; c < matrix.Columns; c++)
        {
            var d = matrix.Decisions[c];
            if ((fromYear is { } f && d.Year < f) || (toYear is { } t && d.Year > t) || !include(d))
            {
                continue;
            }

            foreach (var (label, rank) in Labels(d, kind, fromYear, toYear))
            {
                if (!groups.TryGetValue(label, out var group))
                {
                    groups[label] = group = (rank, []);
                }

                group.Columns.Add(c);
            }
        }

        return groups.OrderBy(g => g.Value.Rank).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => new Period(g.Key, [.. g.Value.Columns])).ToList();
    }

    private static IEnumerable<(string Label, int Rank)> Labels(MatrixDecision d, PeriodKind kind, int? fromYear, int? toYear)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        switch (kind)
        {
            case PeriodKind.Year:
                yield return (d.Year.ToString(inv), d.Year);
                break;
            case PeriodKind.Session:
                yield return (d.Session.ToString(inv), d.Session);
                break;
            case PeriodKind.Decade:
                var decade = d.Year / 10 * 10;
                yield return ($"{decade}s", decade);
                break;
            case PeriodKind.Issue:
                var rank = 0;
                foreach (var (flag, code, _) in IssueSets.All)
                {
                    rank++;
                    if ((d.Issues & flag) != 0)
                    {
                        yield return (code, rank);
                    }
                }

                break;
            default:
                yield return ($"{fromYear?.ToString(inv) ?? "first"}-{toYear?.ToString(inv) ?? "last"}", 0);
                break;
        }
    }
}
