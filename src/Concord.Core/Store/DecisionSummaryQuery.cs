namespace Concord.Store;

/// <summary>Symbol, title and agenda of decisions by id, for listing evidence.</summary>
public static class DecisionSummaryQuery
{
    public sealed record Summary(int Id, string? Symbol, string? Title, string? AgendaItem);

    /// <summary>One query over the range the ids span, kept to the ids asked for (not one query per id).</summary>
    public static IReadOnlyDictionary<int, Summary> ByIds(ConcordDatabase db, IEnumerable<int> ids)
    {
        var wanted = ids.ToHashSet();
        var result = new Dictionary<int, Summary>(wanted.Count);
        if (wanted.Count == 0)
        {
            return result;
        }

        using var cmd = db.Command("SELECT decision_id, coalesce(symbol, draft, key), title, agenda_item FROM decisions WHERE decision_id BETWEEN $1 AND $2", wanted.Min(), wanted.Max());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetInt32(0);
            if (wanted.Contains(id))
            {
                result[id] = new Summary(id, r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
            }
        }

        return result;
    }
}
