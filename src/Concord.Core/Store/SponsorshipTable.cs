using Concord.Sources;
using Concord.Sponsorships;

namespace Concord.Store;

/// <summary>
/// Who sponsored the Assembly's resolutions, from the <c>sponsorships</c> table: per decision for <c>show</c>, the names
/// that could not be mapped for <c>data check --sponsors</c>, and the sponsoring states of every covered decision for
/// the analyses. Every filter is a query parameter; no SQL is built from input.
/// </summary>
/// <remarks>
/// Only the DGACM General Assembly files carry sponsor lists (sessions 74–80, and the emergency and special sessions in
/// the same folder), so a decision is covered when a DGACM Assembly record was merged into it; every other decision has
/// no sponsor record at all, which is not the same as no sponsors. <see cref="Coverage"/> says which sessions are covered.
/// </remarks>
public static class SponsorshipTable
{
    /// <summary>One sponsor of a decision as stored.</summary>
    /// <param name="Kind"><c>sponsor</c> (named on the draft) or <c>additional</c> (joined later).</param>
    /// <param name="Class"><c>state</c>, <c>organ</c> (an office of the Assembly) or <c>unmapped</c>.</param>
    /// <param name="OnBehalfOf">The group a state sponsors for; null when in its own name.</param>
    public sealed record Row(string Kind, string Class, string? State, string? StateName, string Name, string? OnBehalfOf, int Position, string Entry, string Source, string File, long Line);

    /// <summary>A name in a sponsor list that is neither a known state nor an organ.</summary>
    /// <param name="Field">The JSON field that holds it: <c>sponsors</c> or <c>additional_sponsors</c>.</param>
    /// <param name="Name">The part of the entry that could not be mapped.</param>
    /// <param name="Entry">The whole list entry as the source writes it.</param>
    public sealed record Unmapped(string? Symbol, DateOnly? Date, string File, long Line, string Field, string Name, string Entry);

    /// <summary>Rows and decisions per class of sponsor.</summary>
    public sealed record ClassCount(string Class, long Rows, long Decisions);

    /// <summary>The sponsoring states of one covered decision (sets: a state listed twice counts once).</summary>
    /// <param name="States">States that sponsored in their own name, in code order.</param>
    /// <param name="ForGroups">States that sponsored on behalf of a group they spoke for (the Group of 77 and China, the
    /// African Group...), in code order. Kept apart: such a sponsorship is the group's act, not the state's own choice.</param>
    /// <param name="NonState">Whether an organ or a name that could not be mapped is also among the sponsors.</param>
    /// <param name="Groups">The groups on record (<see cref="SponsorGroups"/> codes: G77, NAM...) that sponsored the text
    /// through a state speaking for them, in code order: every member of such a group sponsored it as a member.</param>
    public sealed record SponsorSet(int DecisionId, string? Symbol, DateOnly? Date, string? Session, IReadOnlyList<string> States, IReadOnlyList<string> ForGroups, bool NonState)
    {
        public IReadOnlyList<string> Groups { get; init; } = [];

        /// <summary>Whether <paramref name="state"/> sponsored the text as a member of a group that sponsored it, not in its
        /// own name (the speaker for the group included).</summary>
        public bool ThroughGroup(string state)
        {
            if (States.Contains(state))
            {
                return false;
            }

            foreach (var g in Groups)
            {
                if (SponsorGroups.IsMember(g, state, Date))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Which sessions the sponsor record covers and how much of it there is.</summary>
    /// <param name="Sessions">Every session with a covered decision: regular sessions in number order, then the others (ES-10, S-32).</param>
    /// <param name="Decisions">Covered decisions (a DGACM Assembly record was merged into each).</param>
    /// <param name="WithStateSponsor">Covered decisions with at least one state among the sponsors.</param>
    public sealed record SponsorCoverage(IReadOnlyList<string> Sessions, long Decisions, long WithStateSponsor)
    {
        /// <summary>The regular sessions covered, as a range where they run on: "74–80".</summary>
        public string RegularSessions
        {
            get
            {
                var numbers = Sessions.Select(s => int.TryParse(s, out var n) ? n : (int?)null).OfType<int>().ToList();
                if (numbers.Count == 0)
                {
                    return "none";
                }

                var contiguous = numbers[^1] - numbers[0] + 1 == numbers.Count;
                return contiguous ? (numbers.Count == 1 ? $"{numbers[0]}" : $"{numbers[0]}–{numbers[^1]}") : string.Join(", ", numbers);
            }
        }

        /// <summary>How a figure built on sponsorships states its coverage: "General Assembly sessions 74–80 (and ES-10, ES-11, S-32)".</summary>
        public string Describe()
        {
            var others = Sessions.Where(s => !int.TryParse(s, out _)).ToList();
            return Decisions == 0
                ? "no sponsor lists on record"
                : $"General Assembly sessions {RegularSessions}{(others.Count == 0 ? "" : $" (and {string.Join(", ", others)})")}";
        }
    }

    /// <summary>A decision's sponsors as <c>show</c> gives them, with whether the decision is covered at all.</summary>
    /// <param name="Covered">A DGACM Assembly record was merged into the decision: its sponsor lists are known (maybe empty).</param>
    /// <param name="Coverage">The coverage of the whole sponsor record, to be stated beside the lists.</param>
    public sealed record DecisionSponsors(bool Covered, string Coverage, IReadOnlyList<Row> Rows)
    {
        /// <summary>States, in their own name or for a group.</summary>
        public IEnumerable<Row> States => Rows.Where(r => r.Class == "state");

        /// <summary>Organs and names that could not be mapped.</summary>
        public IEnumerable<Row> NonState => Rows.Where(r => r.Class != "state");
    }

    /// <summary>One decision's sponsors and the coverage they are read against, for <c>show</c> and <c>/api/show</c>.</summary>
    public static DecisionSponsors ForShow(ConcordDatabase db, int decisionId) =>
        new(IsCovered(db, decisionId), Coverage(db).Describe(), OfDecision(db, decisionId));

    /// <summary>The sponsors of one decision: states in their own name, states for a group, organs, then unmapped names;
    /// the drafters before the additional sponsors, each in list order.</summary>
    public static IReadOnlyList<Row> OfDecision(ConcordDatabase db, int decisionId)
    {
        var rows = new List<Row>();
        using var cmd = db.Command("""
            SELECT sp.kind, sp.class, sp.state, st.name, sp.name, sp.on_behalf_of, sp.position, sp.entry, sp.source_id, sp.file, sp.line
            FROM sponsorships sp LEFT JOIN states st ON st.code = sp.state
            WHERE sp.decision_id = $1
            """ + " ORDER BY " + RowOrder, decisionId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(ReadRow(r));
        }

        return rows;
    }

    /// <summary>The order of <see cref="OfDecision"/>, shared with DecisionIndex; it ends in enough columns that no two rows
    /// tie (a tie would leave the order to DuckDB, which may differ between two reads).</summary>
    internal const string RowOrder = """
        CASE WHEN sp.class = 'state' AND sp.on_behalf_of IS NULL THEN 0 WHEN sp.class = 'state' THEN 1 WHEN sp.class = 'organ' THEN 2 ELSE 3 END,
        sp.kind DESC, sp.file, sp.line, sp.position, sp.name, sp.entry, sp.state, sp.on_behalf_of, sp.class, sp.source_id
        """;

    internal static Row ReadRow(System.Data.Common.DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        return new Row(r.GetString(0), r.GetString(1), S(2), S(3), r.GetString(4), S(5), r.GetInt16(6), r.GetString(7), ((SourceId)r.GetInt16(8)).Label(), r.GetString(9), r.GetInt64(10));
    }

    /// <summary>Whether a decision is covered by the sponsor record (a DGACM Assembly record was merged into it).</summary>
    public static bool IsCovered(ConcordDatabase db, int decisionId)
    {
        using var cmd = db.Command("SELECT count(*) FROM decision_sources WHERE decision_id = $1 AND source_id = $2", decisionId, (short)SourceId.DgacmGa);
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>The names that could not be mapped to a state or an organ, optionally of one decision, with file, line and field.</summary>
    public static IReadOnlyList<Unmapped> UnmappedNames(ConcordDatabase db, string? symbol, int limit)
    {
        var rows = new List<Unmapped>();
        using var cmd = db.Command("""
            SELECT d.symbol, d.date, sp.file, sp.line, sp.kind, sp.name, sp.entry
            FROM sponsorships sp LEFT JOIN decisions d USING (decision_id)
            WHERE sp.class = 'unmapped' AND ($1 IS NULL OR upper(d.symbol) = upper($1))
            ORDER BY sp.file, sp.line, sp.kind DESC, sp.position
            LIMIT $2
            """, symbol, limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new Unmapped(r.IsDBNull(0) ? null : r.GetString(0), CoverageTable.DateOf(r, 1), r.GetString(2), r.GetInt64(3),
                SponsorKinds.Parse(r.GetString(4)).Field(), r.GetString(5), r.GetString(6)));
        }

        return rows;
    }

    /// <summary>Rows and decisions per class (state, organ, unmapped), states for a group counted apart as <c>state-for-group</c>.</summary>
    public static IReadOnlyList<ClassCount> Summarise(ConcordDatabase db)
    {
        var rows = new List<ClassCount>();
        using var cmd = db.Command("""
            SELECT CASE WHEN class = 'state' AND on_behalf_of IS NOT NULL THEN 'state-for-group' ELSE class END AS c, count(*), count(DISTINCT decision_id)
            FROM sponsorships GROUP BY c ORDER BY count(*) DESC, c
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add(new ClassCount(r.GetString(0), r.GetInt64(1), r.GetInt64(2)));
        }

        return rows;
    }

    /// <summary>The sessions covered and the number of covered decisions.</summary>
    public static SponsorCoverage Coverage(ConcordDatabase db)
    {
        var sessions = new List<string>();
        long decisions = 0;
        using (var cmd = db.Command("""
            SELECT coalesce(d.session, '?'), count(*)
            FROM decisions d WHERE d.forum = 'ga' AND d.decision_id IN (SELECT decision_id FROM decision_sources WHERE source_id = $1)
            GROUP BY 1
            """, (short)SourceId.DgacmGa))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                sessions.Add(r.GetString(0));
                decisions += r.GetInt64(1);
            }
        }

        long withState;
        using (var cmd = db.Command("SELECT count(DISTINCT decision_id) FROM sponsorships WHERE class = 'state' AND decision_id IS NOT NULL"))
        {
            withState = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        var ordered = sessions.OrderBy(s => int.TryParse(s, out _) ? 0 : 1).ThenBy(s => int.TryParse(s, out var n) ? n : 0).ThenBy(s => s, StringComparer.Ordinal).ToList();
        return new SponsorCoverage(ordered, decisions, withState);
    }

    /// <summary>
    /// Every covered decision with the states that sponsored it, in decision order; a covered decision with no state
    /// among its sponsors is listed with empty sets, so that it counts among the texts a state could have sponsored.
    /// </summary>
    /// <param name="kind">Only the drafters (<see cref="SponsorKind.Sponsor"/>) or only the additional
    /// sponsors; null for both lists.</param>
    public static IReadOnlyList<SponsorSet> Sets(ConcordDatabase db, SponsorKind? kind = null)
    {
        var result = new List<SponsorSet>();
        using var cmd = db.Command("""
            SELECT d.decision_id, d.symbol, d.date, d.session, sp.state, sp.class, sp.on_behalf_of
            FROM decisions d
            LEFT JOIN sponsorships sp ON sp.decision_id = d.decision_id AND ($2 IS NULL OR sp.kind = $2)
            WHERE d.decision_id IN (SELECT decision_id FROM decision_sources WHERE source_id = $1)
            ORDER BY d.decision_id, sp.state
            """, (short)SourceId.DgacmGa, kind is { } k ? SponsorKinds.Code(k) : null);
        using var r = cmd.ExecuteReader();
        SponsorSet? current = null;
        SortedSet<string> own = new(StringComparer.Ordinal), forGroups = new(StringComparer.Ordinal), groups = new(StringComparer.Ordinal);
        var nonState = false;
        void Flush()
        {
            if (current is not null)
            {
                result.Add(current with { States = [.. own], ForGroups = [.. forGroups], NonState = nonState, Groups = [.. groups] });
            }
        }

        while (r.Read())
        {
            var id = r.GetInt32(0);
            if (current?.DecisionId != id)
            {
                Flush();
                current = new SponsorSet(id, r.IsDBNull(1) ? null : r.GetString(1), CoverageTable.DateOf(r, 2), r.IsDBNull(3) ? null : r.GetString(3), [], [], false);
                own = new(StringComparer.Ordinal);
                forGroups = new(StringComparer.Ordinal);
                groups = new(StringComparer.Ordinal);
                nonState = false;
            }

            if (r.IsDBNull(5))
            {
                continue;
            }

            if (r.GetString(5) != "state")
            {
                nonState = true;
            }
            else if (!r.IsDBNull(6))
            {
                forGroups.Add(r.GetString(4));
                if (SponsorGroups.CodeOf(r.GetString(6)) is { } group)
                {
                    groups.Add(group);
                }
            }
            else
            {
                own.Add(r.GetString(4));
            }
        }

        Flush();
        return result;
    }
}
