namespace Concord.Store;

/// <summary>The invariant violations the last sync found and what became of each: the answer to <c>concord data check --invariants</c>.</summary>
public static class InvariantTable
{
    /// <summary>Counts per class of invariant: how many were repaired, quarantined, explained and left unexplained.</summary>
    public sealed record Summary(string Class, long Repaired, long Quarantined, long Explained, long Decisions, long Unexplained = 0);

    public sealed record Item(string? Symbol, DateOnly? Date, string Class, string? State, string Source, string File, long Line, string Detail, string Outcome, string How);

    public static IReadOnlyList<Summary> Summarise(ConcordDatabase db)
    {
        var rows = new List<Summary>();
        using var cmd = db.Command("""
            SELECT class, count(*) FILTER (outcome = 'repaired'), count(*) FILTER (outcome = 'quarantined'), count(*) FILTER (outcome = 'explained'),
                   count(DISTINCT coalesce(decision_id, -1)), count(*) FILTER (outcome = 'unexplained')
            FROM invariant_violations GROUP BY class ORDER BY count(*) DESC, class
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new Summary(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)));
        }

        return rows;
    }

    /// <summary>Individual violations, optionally of one class, one outcome or one decision.</summary>
    public static IReadOnlyList<Item> List(ConcordDatabase db, string? invariantClass, string? outcome, string? symbol, int limit)
    {
        var rows = new List<Item>();
        using var cmd = db.Command(SelectItems + """
             WHERE ($1 IS NULL OR x.class = $1) AND ($2 IS NULL OR x.outcome = $2) AND ($3 IS NULL OR upper(x.symbol) = upper($3))
            ORDER BY d.date NULLS LAST, x.symbol, x.class, x.state
            LIMIT $4
            """, invariantClass, outcome, symbol, limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(Read(r));
        }

        return rows;
    }

    /// <summary>The violations found on one decision, for <c>show</c>.</summary>
    public static IReadOnlyList<Item> OfDecision(ConcordDatabase db, int decisionId)
    {
        var rows = new List<Item>();
        using var cmd = db.Command(SelectItems + " WHERE x.decision_id = $1 ORDER BY " + ItemOrder, decisionId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(Read(r));
        }

        return rows;
    }

    internal const string SelectItems = """
        SELECT x.symbol, d.date, x.class, x.state, x.source, x.file, x.line, x.detail, x.outcome, x.how, x.decision_id
        FROM invariant_violations x LEFT JOIN decisions d USING (decision_id)
        """;

    // The orders of one decision's violations and withheld votes, shared with DecisionIndex; each ends in enough columns
    // that no two rows tie (a tie would leave the order to DuckDB, which may differ between two reads).
    internal const string ItemOrder = "x.class, x.state, x.source, x.file, x.line, x.detail, x.outcome, x.how";
    internal const string WithheldOrder = "source_id, source_line, state, vote, class, file";

    internal static Item Read(System.Data.Common.DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Item(S(0), CoverageTable.DateOf(r, 1), r.GetString(2), S(3), r.GetString(4), r.GetString(5), r.GetInt64(6), r.GetString(7), r.GetString(8), r.GetString(9));
    }

    /// <summary>The votes the invariants kept out of one decision, with the source line and the class broken.</summary>
    public sealed record Withheld(string State, Domain.Vote Vote, string Source, long Line, string Class, string? File = null);

    public static IReadOnlyList<Withheld> WithheldVotes(ConcordDatabase db, int decisionId)
    {
        var rows = new List<Withheld>();
        using var cmd = db.Command("""
            SELECT state, vote, source_id, source_line, class, file FROM withheld_votes WHERE decision_id = $1
            """ + " ORDER BY " + WithheldOrder, decisionId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(ReadWithheld(r));
        }

        return rows;
    }

    internal static Withheld ReadWithheld(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), (Domain.Vote)r.GetByte(1), Sources.SourceIds.Label((Sources.SourceId)r.GetInt16(2)), r.IsDBNull(3) ? 0 : r.GetInt64(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5));
}
