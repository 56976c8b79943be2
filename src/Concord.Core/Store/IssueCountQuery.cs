namespace Concord.Store;

/// <summary>How many decisions each issue area holds, by forum.</summary>
public static class IssueCountQuery
{
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
}
