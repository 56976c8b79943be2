namespace Concord.Store;

/// <summary>Symbol, title and agenda of decisions by id, for listing evidence.</summary>
public static class DecisionSummaryQuery
{
    public sealed record Summary(int Id, string? Symbol, string? Title, string? AgendaItem);

    public static IReadOnlyDictionary<int, Summary> ByIds(ConcordDatabase db, IEnumerable<int> ids)
    {
        var result = new Dictionary<int, Summary>();
        using var cmd = db.Command("SELECT decision_id, coalesce(symbol, draft, key), title, agenda_item FROM decisions WHERE decision_id = $1", 0);
        foreach (var id in ids.Distinct())
        {
            cmd.Parameters[0].Value = id;
            using var r = cmd.ExecuteReader();
            if (r.Read())
            {
                result[id] = new Summary(id, r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
            }
        }

        return result;
    }
}
