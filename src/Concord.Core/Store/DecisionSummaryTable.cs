namespace Concord.Store;

/// <summary>Symbol, title and agenda of decisions by id, for listing evidence.</summary>
public static class DecisionSummaryTable
{
    /// <param name="Symbol">The UN symbol, else the draft's, else the honest name of a roll call the UN gave no symbol
    /// ("roll call 631 of session 15 (unvotes id)"), never an internal key.</param>
    public sealed record Summary(int Id, string? Symbol, string? Title, string? AgendaItem)
    {
        /// <summary>What was voted: resolution, draft, amendment, paragraph, procedural, ...</summary>
        public string? Kind { get; init; }
    }

    /// <summary>One query over the range the ids span, kept to the ids asked for (not one query per id).</summary>
    public static IReadOnlyDictionary<int, Summary> ByIds(ConcordDatabase db, IEnumerable<int> ids)
    {
        var wanted = ids.ToHashSet();
        var result = new Dictionary<int, Summary>(wanted.Count);
        if (wanted.Count == 0)
        {
            return result;
        }

        using var cmd = db.Command("SELECT decision_id, symbol, draft, key, session, title, agenda_item, kind FROM decisions WHERE decision_id BETWEEN $1 AND $2", wanted.Min(), wanted.Max());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var id = r.GetInt32(0);
            if (wanted.Contains(id))
            {
                string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
                result[id] = new Summary(id, Domain.DecisionNames.Display(S(1), S(2), r.GetString(3), S(4)), S(5), S(6)) { Kind = S(7) };
            }
        }

        return result;
    }
}
