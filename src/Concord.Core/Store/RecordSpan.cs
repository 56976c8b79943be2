namespace Concord.Store;

/// <summary>The years the record spans: the first and last calendar year with a decision, and the last decision's date.</summary>
public static class RecordSpan
{
    public static (int First, int Last, DateOnly LastVote) Read(ConcordDatabase db)
    {
        using var cmd = db.Command("SELECT min(date), max(date) FROM decisions WHERE date IS NOT NULL");
        using var r = cmd.ExecuteReader();
        if (!r.Read() || r.IsDBNull(0))
        {
            return (1946, 1946, default);
        }

        var first = r.GetFieldValue<DateOnly>(0);
        var last = r.GetFieldValue<DateOnly>(1);
        return (first.Year, last.Year, last);
    }
}
