using Concord.Domain;
using Concord.Store;
using DuckDB.NET.Data;

namespace Concord.Analysis;

/// <summary>How often two states voted alike, by year or over a whole period (first measure; the metrics engine extends it).</summary>
/// <remarks>
/// Over the recorded votes both cast (yes, no or abstain; absent and non-voting are left out pairwise):
/// <c>agreement</c> is Voeten's convention, the mean of 1 − |x − y| with yes = 1, abstain = ½, no = 0;
/// <c>identical</c> is the share of identical votes. Below <c>minN</c> common votes a period has no value.
/// </remarks>
public static class SimpleAgreement
{
    public sealed record Row(int? Year, long N, double? Agreement, double? Identical, long Same, long Opposite, long OneAbstained);

    public static IReadOnlyList<Row> Run(ConcordDatabase db, Party a, Party b, Forum forum, int? fromYear, int? toYear, bool byYear, int minN = 10)
    {
        using var cmd = db.Connection.CreateCommand();
        var filterA = SeatFilter(cmd, "a", a);
        var filterB = SeatFilter(cmd, "b", b);
        cmd.CommandText = $"""
            WITH d AS (SELECT decision_id, date, year FROM decisions
                       WHERE forum = $forum AND recorded_vote AND ($from IS NULL OR year >= $from) AND ($to IS NULL OR year <= $to)),
                 va AS (SELECT v.decision_id, v.vote FROM votes v JOIN d USING (decision_id) WHERE v.vote BETWEEN 1 AND 3 AND ({filterA})),
                 vb AS (SELECT v.decision_id, v.vote FROM votes v JOIN d USING (decision_id) WHERE v.vote BETWEEN 1 AND 3 AND ({filterB}))
            SELECT {(byYear ? "d.year" : "NULL::SMALLINT")} AS period, count(*) AS n,
                   avg(1 - abs((3 - va.vote) / 2.0 - (3 - vb.vote) / 2.0)) AS agreement,
                   avg(CASE WHEN va.vote = vb.vote THEN 1.0 ELSE 0.0 END) AS identical,
                   count(*) FILTER (WHERE va.vote = vb.vote) AS same,
                   count(*) FILTER (WHERE (va.vote = 1 AND vb.vote = 3) OR (va.vote = 3 AND vb.vote = 1)) AS opposite,
                   count(*) FILTER (WHERE va.vote <> vb.vote AND (va.vote = 2 OR vb.vote = 2)) AS one_abstained
            FROM va JOIN vb USING (decision_id) JOIN d USING (decision_id)
            GROUP BY period ORDER BY period
            """;
        cmd.Parameters.Add(new DuckDBParameter("forum", forum.Code()));
        cmd.Parameters.Add(new DuckDBParameter("from", fromYear.HasValue ? fromYear.Value : DBNull.Value));
        cmd.Parameters.Add(new DuckDBParameter("to", toYear.HasValue ? toYear.Value : DBNull.Value));
        var rows = new List<Row>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var n = r.GetInt64(1);
            var enough = n >= minN;
            rows.Add(new Row(r.IsDBNull(0) ? null : r.GetInt16(0), n, enough ? r.GetDouble(2) : null, enough ? r.GetDouble(3) : null, r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)));
        }

        return rows;
    }

    /// <summary>A predicate on <c>v.state</c> and <c>d.date</c> for the party's seats, every value a parameter.</summary>
    private static string SeatFilter(DuckDBCommand cmd, string prefix, Party party)
    {
        var parts = new List<string>();
        for (var i = 0; i < party.Seats.Count; i++)
        {
            var s = party.Seats[i];
            var p = $"{prefix}{i}";
            cmd.Parameters.Add(new DuckDBParameter(p, s.Code));
            var clause = $"(v.state = ${p}";
            if (s.From is { } from)
            {
                cmd.Parameters.Add(new DuckDBParameter(p + "f", from));
                clause += $" AND d.date >= ${p}f";
            }

            if (s.To is { } to)
            {
                cmd.Parameters.Add(new DuckDBParameter(p + "t", to));
                clause += $" AND d.date < ${p}t";
            }

            parts.Add(clause + ")");
        }

        return string.Join(" OR ", parts);
    }
}
