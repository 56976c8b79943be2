namespace Concord.Store;

/// <summary>The control totals the last sync computed: per Assembly session, the record's adopted resolutions with a
/// recorded vote against the UN Library's count. The answer to <c>concord data check --totals</c>.</summary>
public static class ControlTotalTable
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

    /// <param name="forum">"ga" (sessions against the UN Library's count) or "sc" (years against the UN's numbering and veto list).</param>
    public static Summary Summarise(ConcordDatabase db, string forum = "ga")
    {
        var all = List(db).Where(r => r.Forum == forum).ToList();
        return new Summary(all.Count, all.Count(r => r.Difference == 0 && r.Reference is not null), [.. all.Where(r => r.Difference < 0)], [.. all.Where(r => r.Difference > 0)]);
    }

    /// <summary>An Assembly session whose record falls short of the UN Library's count, and the years its votes fall in.</summary>
    public sealed record Shortfall(string Session, int FirstYear, int LastYear, int Record, int Reference)
    {
        /// <summary>"session 80 (155 of the 159 resolutions adopted by recorded vote that the UN Library counts)".</summary>
        public string Describe() => $"session {Session} ({Record} of the {Reference} resolutions adopted by recorded vote that the UN Library counts)";
    }

    /// <summary>The Assembly sessions whose record falls short of the UN Library's count, for every caption that would
    /// otherwise say "every recorded vote".</summary>
    public static IReadOnlyList<Shortfall> Shortfalls(ConcordDatabase db)
    {
        var rows = new List<Shortfall>();
        using var cmd = db.Command("""
            SELECT t.period, min(d.year), max(d.year), t.record, t.reference
            FROM control_totals t JOIN decisions d ON d.forum = 'ga' AND d.session = t.period AND d.year IS NOT NULL
            WHERE t.forum = 'ga' AND t.difference < 0
            GROUP BY t.period, t.record, t.reference ORDER BY min(d.year), t.period
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new Shortfall(r.GetString(0), r.GetInt16(1), r.GetInt16(2), r.GetInt32(3), r.GetInt32(4)));
        }

        return rows;
    }
}
