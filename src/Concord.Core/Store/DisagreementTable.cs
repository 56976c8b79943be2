namespace Concord.Store;

/// <summary>The cross-source disagreements found by the last sync: the answer to <c>concord data check</c>.</summary>
public static class DisagreementTable
{
    public sealed record Summary(string Field, string SourceA, string SourceB, long Count, long Decisions);

    public sealed record Item(string? Symbol, DateOnly? Date, string Field, string? State, string SourceA, string ValueA, string FileA, long LineA, string SourceB, string ValueB, string FileB, long LineB, string Kept);

    public static IReadOnlyList<Summary> Summarise(ConcordDatabase db)
    {
        var rows = new List<Summary>();
        using var cmd = db.Command("""
            SELECT field, source_a, source_b, count(*), count(DISTINCT coalesce(decision_id, -1))
            FROM disagreements GROUP BY ALL ORDER BY count(*) DESC
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new Summary(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)));
        }

        return rows;
    }

    /// <summary>Individual disagreements, optionally of one field ("date", "vote", "tally", "symbol", "outcome", "vetoers") or one state.</summary>
    public static IReadOnlyList<Item> List(ConcordDatabase db, string? field, string? state, string? symbol, int limit)
    {
        var rows = new List<Item>();
        using var cmd = db.Command("""
            SELECT x.symbol, d.date, x.field, x.state, x.source_a, x.value_a, x.file_a, x.line_a, x.source_b, x.value_b, x.file_b, x.line_b, x.kept
            FROM disagreements x LEFT JOIN decisions d USING (decision_id)
            WHERE ($1 IS NULL OR x.field = $1) AND ($2 IS NULL OR x.state = $2) AND ($3 IS NULL OR upper(x.symbol) = upper($3))
            ORDER BY d.date NULLS LAST, x.symbol, x.field, x.state
            LIMIT $4
            """, field, state, symbol, limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            rows.Add(new Item(S(0), CoverageTable.DateOf(r, 1), r.GetString(2), S(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetInt64(7),
                r.GetString(8), r.GetString(9), r.GetString(10), r.GetInt64(11), r.GetString(12)));
        }

        return rows;
    }
}
