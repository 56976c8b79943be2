namespace Concord.Store;

/// <summary>The control totals the last sync computed: per Assembly session, the record's adopted resolutions with a
/// recorded vote against the UN Library's count. The answer to <c>concord data check --totals</c>.</summary>
public static class ControlTotalQuery
{
    public sealed record Row(string Forum, string Period, string Measure, int? Reference, int Record, int Listed, int UnvotesOnly, int Difference,
        string Explanation, string? ReferenceFile, long? ReferenceLine);

    /// <summary>How many periods were compared, how many equal, and the periods whose record falls short or exceeds.</summary>
    public sealed record Summary(int Periods, int Equal, IReadOnlyList<Row> Short, IReadOnlyList<Row> Over)
    {
        public bool Compared => Periods > 0;
    }

    /// <param name="differencesOnly">Only the periods where the record and the count differ.</param>
    public static IReadOnlyList<Row> List(ConcordDatabase db, bool differencesOnly = false)
    {
        var rows = new List<Row>();
        using var cmd = db.Command("""
            SELECT forum, period, measure, reference, record, listed, unvotes_only, difference, explanation, reference_file, reference_line
            FROM control_totals WHERE NOT $1 OR difference <> 0 OR reference IS NULL ORDER BY rowid
            """, differencesOnly);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new Row(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6),
                r.GetInt32(7), r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetInt64(10)));
        }

        return rows;
    }

    public static Summary Summarise(ConcordDatabase db)
    {
        var all = List(db);
        return new Summary(all.Count, all.Count(r => r.Difference == 0 && r.Reference is not null), [.. all.Where(r => r.Difference < 0)], [.. all.Where(r => r.Difference > 0)]);
    }

    /// <summary>The Assembly sessions whose record falls short of the UN Library's count, for captions that would
    /// otherwise say "every recorded vote": "ES-10 (22 of 26)".</summary>
    public static IReadOnlyList<string> Shortfalls(ConcordDatabase db) =>
        [.. Summarise(db).Short.Select(r => $"session {r.Period} ({r.Record} of {r.Reference} resolutions)")];
}
