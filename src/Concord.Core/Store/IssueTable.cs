using Concord.Analysis.Agreement;
using Concord.Domain;
using Concord.Issues;

namespace Concord.Store;

/// <summary>The stored issue areas: why one decision is in each area, and the rule areas beside the <c>unvotes</c> codes.</summary>
public static class IssueTable
{
    /// <summary>One reason a decision is in an area: the rule or implication, the words it matched and, for a country situation, the country.</summary>
    public sealed record Reason(string Area, string Rule, string Why, string Matched, string? Country);

    public static IReadOnlyList<Reason> ForDecision(ConcordDatabase db, int decisionId)
    {
        var result = new List<Reason>();
        using var cmd = db.Command("SELECT area, rule, why, matched, country FROM decision_issues WHERE decision_id = $1 ORDER BY rowid", decisionId);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(new Reason(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)));
        }

        return result;
    }

    /// <summary>The decisions in one issue area (by its code), for a question that filters decisions outside the vote matrices.</summary>
    public static IReadOnlySet<int> DecisionsIn(ConcordDatabase db, string area)
    {
        var result = new HashSet<int>();
        using var cmd = db.Command("SELECT DISTINCT decision_id FROM decision_issues WHERE area = $1", area);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetInt32(0));
        }

        return result;
    }

    /// <summary>How many decisions each area holds, by forum.</summary>
    public static IReadOnlyDictionary<(string Area, string Forum), long> ByArea(ConcordDatabase db)
    {
        var result = new Dictionary<(string, string), long>();
        using var cmd = db.Command("SELECT i.area, d.forum, count(DISTINCT i.decision_id) FROM decision_issues i JOIN decisions d USING (decision_id) GROUP BY ALL");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[(r.GetString(0), r.GetString(1))] = r.GetInt64(2);
        }

        return result;
    }

    /// <summary>
    /// Every General Assembly roll call that the <c>unvotes</c> data covers, with its regular session, the areas it
    /// codes (the gold standard) and the areas the rules give.
    /// </summary>
    public static IReadOnlyList<LabelledDecision> AgainstUnvotes(ConcordDatabase db)
    {
        var result = new List<LabelledDecision>();
        using var cmd = db.Command("""
            SELECT d.regular_session, d.unvotes_issues, string_agg(i.area, ',')
            FROM decisions d LEFT JOIN decision_issues i USING (decision_id)
            WHERE d.forum = 'ga' AND d.regular_session IS NOT NULL
              AND d.decision_id IN (SELECT decision_id FROM decision_sources WHERE source_id = $1)
              -- unvotes leaves most later separate votes (paragraphs, amendments) without any code: not coded is no
              -- gold, not "none of the six", so those are left out rather than scored as negatives.
              AND NOT (d.unvotes_issues IS NULL AND d.kind IN ('amendment', 'paragraph', 'separatevote'))
            GROUP BY d.decision_id, d.regular_session, d.unvotes_issues
            """, (short)Sources.SourceId.Unvotes);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var gold = IssueSets.FromUnvotes(r.IsDBNull(1) ? null : r.GetString(1));
            var predicted = IssueSets.ParseList(r.IsDBNull(2) ? null : r.GetString(2));
            result.Add(new LabelledDecision(r.GetInt16(0), gold, predicted));
        }

        return result;
    }

    /// <summary>
    /// The hand-labelled resolutions beside the areas the classifier gave them, and the symbols the record does not
    /// hold (which are left out of the scores and reported).
    /// </summary>
    public static (IReadOnlyList<LabelledDecision> Items, IReadOnlyList<string> Missing) AgainstLabels(ConcordDatabase db, IReadOnlyList<IssueLabel> labels)
    {
        var predicted = new Dictionary<string, IssueSet>(StringComparer.Ordinal);
        using (var cmd = db.Command("""
            SELECT d.symbol, string_agg(i.area, ',')
            FROM decisions d LEFT JOIN decision_issues i USING (decision_id)
            WHERE d.forum = 'ga' AND d.symbol IS NOT NULL
            GROUP BY d.decision_id, d.symbol
            """))
        {
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                // A symbol with several decisions (amendments, separate paragraphs) is judged on the resolution: the union of its areas.
                var areas = IssueSets.ParseList(r.IsDBNull(1) ? null : r.GetString(1));
                var symbol = r.GetString(0);
                predicted[symbol] = predicted.TryGetValue(symbol, out var other) ? other | areas : areas;
            }
        }

        var items = new List<LabelledDecision>();
        var missing = new List<string>();
        foreach (var label in labels)
        {
            if (!predicted.TryGetValue(label.RecordSymbol, out var areas))
            {
                missing.Add(label.Symbol);
                continue;
            }

            var session = int.TryParse(label.Session, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 0;
            items.Add(new LabelledDecision(session, label.Areas, areas));
        }

        return (items, missing);
    }
}
