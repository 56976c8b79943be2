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
/// <item>they are in the same year and have the same three or more participants.</item>
/// </list>
/// Rules 2 and 3 pair rows one to one per dataset: the Russia list's two "Joint Sea 2015" rows match the two curated
/// phases of that year, not one of them twice.
/// </remarks>
public static class ExerciseMatcher
{
    private const int ToleranceDays = 7;

    public static List<BilateralEvent> Merge(IReadOnlyList<BilateralEvent> authoritative, IReadOnlyList<BilateralEvent> datasetRows)
    {
        var all = new List<BilateralEvent>(authoritative);
        var kept = authoritative.Where(e => e.Kind == EventKind.Exercise).ToList();
        var paired = new HashSet<(string Kept, string Dataset)>();
        foreach (var row in datasetRows)
        {
            var match = kept.FirstOrDefault(k => Overlap(k, row))
                ?? kept.FirstOrDefault(k => k.Start.Year == row.Start.Year && !paired.Contains((k.Id, row.Origin.Label)) && SameSeries(k, row))
                ?? kept.FirstOrDefault(k => k.Start.Year == row.Start.Year && !paired.Contains((k.Id, row.Origin.Label)) && SameParticipants(k, row));
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

    private static bool Dated(BilateralEvent e) => e.Start.Precision != DatePrecision.Year;

    private static bool Overlap(BilateralEvent a, BilateralEvent b) =>
        Dated(a) && Dated(b) && a.FirstDay <= b.LastDay.AddDays(ToleranceDays) && b.FirstDay <= a.LastDay.AddDays(ToleranceDays);

    private static bool SameSeries(BilateralEvent a, BilateralEvent b) =>
        a.Series is not null && string.Equals(a.Series, b.Series, StringComparison.OrdinalIgnoreCase);

    private static bool SameParticipants(BilateralEvent a, BilateralEvent b) =>
        a.Participants.Count >= 3 && a.Participants.SequenceEqual(b.Participants, StringComparer.Ordinal);
}
