namespace Concord.Store;

/// <summary>What the database holds, per forum and source: the answer to <c>concord data status</c>.</summary>
public static class CoverageTable
{
    /// <summary>One line of coverage. <see cref="Source"/> is "all sources" for the reconciled record.</summary>
    public sealed record Row(string Forum, string Source, long Decisions, long RecordedVotes, long StateVotes, DateOnly? First, DateOnly? Last);

    /// <summary>Security Council specifics: resolution numbers present, and drafts that were vetoed or failed.</summary>
    public sealed record CouncilSummary(int FirstResolution, int LastResolution, long Resolutions, IReadOnlyList<int> MissingNumbers, long VetoedDrafts, long FailedDrafts, DateOnly? FirstVeto, DateOnly? LastVeto);

    public static IReadOnlyList<Row> Run(ConcordDatabase db)
    {
        var rows = new List<Row>();
        using (var cmd = db.Command("""
            SELECT d.forum, count(*), count(*) FILTER (WHERE d.recorded_vote), coalesce(sum(v.n), 0), min(d.date), max(d.date)
            FROM decisions d LEFT JOIN (SELECT decision_id, count(*) n FROM votes GROUP BY decision_id) v USING (decision_id)
            GROUP BY d.forum ORDER BY d.forum
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new Row(r.GetString(0), "all sources (reconciled)", r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), DateOf(r, 4), DateOf(r, 5)));
            }
        }

        using (var cmd = db.Command("""
            WITH per AS (
                SELECT d.forum, s.source_id, count(DISTINCT d.decision_id) n, count(DISTINCT d.decision_id) FILTER (WHERE d.recorded_vote) rv,
                       min(d.date) first_date, max(d.date) last_date
                FROM decision_sources s JOIN decisions d USING (decision_id) GROUP BY d.forum, s.source_id),
            kept AS (SELECT d.forum, v.source_id, count(*) n FROM votes v JOIN decisions d USING (decision_id) GROUP BY d.forum, v.source_id)
            SELECT per.forum, coalesce(src.label, per.source_id::VARCHAR), per.n, per.rv, coalesce(kept.n, 0), per.first_date, per.last_date
            FROM per LEFT JOIN kept ON kept.forum = per.forum AND kept.source_id = per.source_id
            LEFT JOIN (SELECT DISTINCT source_id, label FROM sources) src ON src.source_id = per.source_id
            ORDER BY per.forum, per.source_id
            """))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                rows.Add(new Row(r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), DateOf(r, 5), DateOf(r, 6)));
            }
        }

        return rows;
    }

    public static CouncilSummary Council(ConcordDatabase db)
    {
        var numbers = new List<int>();
        using (var cmd = db.Command("SELECT DISTINCT CAST(regexp_extract(symbol, '^S/RES/(\\d+)', 1) AS INTEGER) n FROM decisions WHERE forum = 'sc' AND symbol LIKE 'S/RES/%' ORDER BY n"))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                numbers.Add(r.GetInt32(0));
            }
        }

        var missing = new List<int>();
        for (int i = 0, expected = numbers.Count > 0 ? numbers[0] : 0; i < numbers.Count; i++, expected++)
        {
            while (expected < numbers[i])
            {
                missing.Add(expected++);
            }
        }

        using var c = db.Command("""
            SELECT count(*) FILTER (WHERE outcome = 'vetoed'), count(*) FILTER (WHERE outcome = 'failed'),
                   min(date) FILTER (WHERE outcome = 'vetoed'), max(date) FILTER (WHERE outcome = 'vetoed')
            FROM decisions WHERE forum = 'sc' AND kind <> 'amendment'
            """);
        using var rr = c.ExecuteReader();
        rr.Read();
        return new CouncilSummary(numbers.Count > 0 ? numbers[0] : 0, numbers.Count > 0 ? numbers[^1] : 0, numbers.Count, missing, rr.GetInt64(0), rr.GetInt64(1), DateOf(rr, 2), DateOf(rr, 3));
    }

    /// <summary>The year of the latest decision on record.</summary>
    public static int LastYear(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT max(year) FROM decisions");
        return cmd.ExecuteScalar() is short y ? y : DateTime.UtcNow.Year;
    }

    internal static DateOnly? DateOf(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
